# --color always colours standard output only: a report file (-o) never
# holds ANSI codes
args: check -q --fail-on none --color always -o r.txt d && grep -c "$(printf '\033')" r.txt; grep -c warning r.txt
--- file: d/a.md
---
date: 2024-05-01
source: A
---
The storm killed 12 people on Monday.
--- file: d/b.md
---
date: 2024-05-01
source: B
---
The storm killed 15 people on Monday.
--- expect
0
2
