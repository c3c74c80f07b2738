# --report when reports is a file, not a folder: found before the work
# (the report's name holds the time: replaced by STAMP here)
args: check --report a.md 2>&1 | sed 's/[0-9]\{8\}T[0-9]\{6\}Z/STAMP/'
--- file: a.md
---
date: 2024-09-17
It cost 25%.
--- file: reports
not a folder
--- expect
claimcheck: reports/STAMP.csv: cannot write: 'reports' is not a folder
