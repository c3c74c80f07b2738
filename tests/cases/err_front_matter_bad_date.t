# a date that is not on the calendar is refused with file and line
args: extract a.md
exit: 2
--- file: a.md
---
source: Test
date: 2025-02-30
---
Text.
--- stderr
claimcheck: a.md:3: bad date '2025-02-30' (expected YYYY-MM-DD, a real calendar date)
