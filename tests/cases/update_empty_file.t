# --update on an empty file (touch reviewed.csv): no review yet, written
# as a new one
args: check -q --fail-on none --update r.csv d && cut -c1-40 r.csv
--- file: r.csv
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
id,severity,verdict,rule,key,message,doc
"aebf97367fddd83a","warning","discrepanc
