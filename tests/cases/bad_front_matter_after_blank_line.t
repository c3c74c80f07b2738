# a front-matter block after a blank first line: its lines keep their
# numbers in messages
args: extract --format text a.md
exit: 2
--- file: a.md

---
date: 2024-09-31
---
The ferry resumed on Friday.
--- expect
--- stderr
claimcheck: a.md:3: bad date '2024-09-31' (expected YYYY-MM-DD, a real calendar date)
