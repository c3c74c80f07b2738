# a date without a year in a late-December article is next year's when
# nearer: the note says "the next such date after the publication
# date", not "taken from" it, which would contradict the year shown (a
# QA case)
args: check --fail-on none --show all --format text a.md | grep weekday_date
--- file: a.md
---
date: 2026-12-29
---
The council will meet on Monday, Jan. 4, It last met on Tuesday, Dec. 22.
--- expect
a.md:4:26: consistent: 2027-01-04 is a Monday, as the article says (year 2027, the next such date after the publication date) [weekday_date/builtin.weekday]
a.md:4:57: consistent: 2026-12-22 is a Tuesday, as the article says (year 2026 taken from the publication date) [weekday_date/builtin.weekday]
