# --update on a file written with --show all keeps its consistent rows
# matched (not [gone]), whatever this run's --show
args: check -q --fail-on none --show all -o all.csv d && "$bin" check -q --fail-on none --update all.csv d && grep -c consistent all.csv; grep -c gone all.csv || :
--- file: d/a.md
---
date: 2024-05-01
source: A
---
The storm killed 12 people on Monday. The talks began on Monday, April 29.
--- file: d/b.md
---
date: 2024-05-01
source: B
---
The storm killed 15 people on Monday. The talks began on Monday, April 29.
--- expect
2
0
