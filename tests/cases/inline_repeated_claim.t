# a comment accepts the article's claim, which a later repeat of the same
# value is part of: the finding names the first line and is accepted
args: check --fail-on none --format csv --show all a.md b.md | grep -o '"a.md","[0-9]*"\|"accepted","[^"]*"'
--- file: a.md
---
date: 2025-03-04
source: Alpha News
---
<!-- claimcheck-disable-next-line same_fact: confirmed with the fire service -->
A fire killed 12 people in the city on Monday.

Officials said the fire killed 12 people.
--- file: b.md
---
date: 2025-03-04
source: Beta Post
---
A fire killed 15 people in the city on Monday.
--- expect
"a.md","6"
"accepted","confirmed with the fire service"
