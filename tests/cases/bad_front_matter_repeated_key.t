# a front-matter key given twice (any case) stops the run naming both
# lines, rather than one of the two dates silently winning
args: check a.md
exit: 2
--- file: a.md
---
date: 2024-09-20
source: Harbour Post
Date: 2024-09-21
---
The ferry resumed on Friday.
--- expect
--- stderr
claimcheck: a.md:4: front matter key 'date' given twice (first on line 2)
