# --report creates reports/ when missing and writes reports/<UTC>.csv
# there; the summary goes to stderr, the exit status is still the gate's
args: check --report --fail-on none a.md && ls reports | sed 's/^[0-9]\{8\}T[0-9]\{6\}Z\.csv$/TIMESTAMP.csv/'
--- file: a.md
---
date: 2024-09-17
---
Ministers met on Monday, September 17, 2024.
--- expect
TIMESTAMP.csv
