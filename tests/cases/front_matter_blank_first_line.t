# blank lines before the opening '---' (a file saved with one): the block
# is still the front matter
args: extract --format text a.md
--- file: a.md

---
date: 2024-09-20
---
The ferry resumed on Friday.
--- expect
a.md:5:22: date 2024-09-20 "Friday" [2024-09-20T00:00, 2024-09-21T00:00]
--- stderr
