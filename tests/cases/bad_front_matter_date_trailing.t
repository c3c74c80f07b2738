# date: with text after the day is refused
args: check a.md
exit: 2
--- file: a.md
---
date: 2025-08-15 or so
---
Text.
--- expect
--- stderr
claimcheck: a.md:2: bad date '2025-08-15 or so' (expected YYYY-MM-DD, a real calendar date)
