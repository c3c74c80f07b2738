# 2025-02-29 does not exist (2025 is not a leap year)
args: check a.md
exit: 2
--- file: a.md
---
date: 2025-02-29
---
Text.
--- expect
--- stderr
claimcheck: a.md:2: bad date '2025-02-29' (expected YYYY-MM-DD, a real calendar date)
