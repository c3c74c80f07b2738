# date: must be a calendar date, not a word
args: check a.md
exit: 2
--- file: a.md
---
date: yesterday
---
Text.
--- expect
--- stderr
claimcheck: a.md:2: bad date 'yesterday' (expected YYYY-MM-DD, a real calendar date)
