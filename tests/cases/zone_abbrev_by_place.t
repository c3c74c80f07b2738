# an abbreviation several zones use is read as the article's own zone's:
# IST in a Dublin story is Irish time, CST in a Beijing story China's, BST
# in a Dhaka story Bangladesh's (regression: each was read as India's,
# Chicago's or London's, and a right conversion was an error); a story set
# elsewhere reads the most common zone (IST: India)
args: check --show all --fail-on none a.md b.md c.md d.md
exit: 0
--- file: a.md
---
date: 2025-06-10
place: Dublin
---
The ferry left at 10am IST (0900 GMT).
--- file: b.md
---
date: 2025-06-10
place: Beijing
---
The rocket was launched at 10am CST (0200 GMT).
--- file: c.md
---
date: 2025-06-10
place: Dhaka
---
The market opened at 10am BST (0400 GMT).
--- file: d.md
---
date: 2025-06-10
place: Mumbai
---
Trading began at 9:15am IST (0345 GMT).
--- expect
a.md:5:19: consistent: 10:00 in Europe/Dublin on 2025-06-10 (the article's date) is 09:00 UTC (IST, UTC+1), as the article gives it [zone_pair/builtin.zone_pair]
    "The ferry left at 10am IST (0900 GMT)."

b.md:5:28: consistent: 10:00 in Asia/Shanghai on 2025-06-10 (the article's date) is 02:00 UTC (CST, UTC+8), as the article gives it [zone_pair/builtin.zone_pair]
    "The rocket was launched at 10am CST (0200 GMT)."

c.md:5:22: consistent: 10:00 in Asia/Dhaka on 2025-06-10 (the article's date) is 04:00 UTC (+06, UTC+6), as the article gives it [zone_pair/builtin.zone_pair]
    "The market opened at 10am BST (0400 GMT)."

d.md:5:18: consistent: 09:15 in Asia/Kolkata on 2025-06-10 (the article's date) is 03:45 UTC (IST, UTC+5:30), as the article gives it [zone_pair/builtin.zone_pair]
    "Trading began at 9:15am IST (0345 GMT)."

0 discrepancies (0 errors, 0 warnings, 0 info), 4 consistent, 0 unverifiable in 4 documents
--- stderr
