# a suppression comment added above a finding's line in a Markdown file
# leaves the finding's id as it was (the comment is not part of the
# sentence quoted and hashed): the same id with and without it
args: check --format csv --fail-on none plain/a.md | cut -d, -f1
args: check --format csv --fail-on none noted/a.md | cut -d, -f1
--- file: plain/a.md
---
date: 2024-09-20
---
The council met on Monday, September 17, to vote on the budget.
--- file: noted/a.md
---
date: 2024-09-20
---
<!-- claimcheck-disable-next-line weekday_date: the desk checked it -->
The council met on Monday, September 17, to vote on the budget.
--- expect
id
"c6a9f2c8a2fd88e2"
