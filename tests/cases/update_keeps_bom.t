# --update keeps the UTF-8 byte-order mark a spreadsheet saved the
# reviewed CSV with (and its CRLF line ends), so the spreadsheet still
# reads it as UTF-8; a file without one gets none
args: check -q --fail-on none -o r.csv d && { printf '\357\273\277'; cat r.csv; } > b.csv && "$bin" check -q --fail-on none --update b.csv d && head -c 5 b.csv | od -An -c && "$bin" check -q --fail-on none --update r.csv d && head -c 3 r.csv | od -An -c
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
 357 273 277   i   d
   i   d   ,
