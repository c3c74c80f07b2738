# extract --format text: session 29's dates read from their neighbours (a
# decade of two digits after one of four digits; "that month" after a
# month; a time alone after its sentence's day; weekdays before the week
# they fall in), which a one-line table row cannot show
args: extract --format text a.md
--- file: a.md
---
date: 2024-08-22
source: Test Wire
---
The style spread in the 1950s and 60s, and rents rose through the 1970s, 80s and 90s.
Prices rose in June 2019. That month, wages fell.
On Tuesday, the polls closed at 10pm.
Strikes hit on Monday and Tuesday last week.
--- expect
a.md:5:21: date 195 "the 1950s" [1950-01-01T00:00, 1960-01-01T00:00]
a.md:5:35: date 196 "60s" [1960-01-01T00:00, 1970-01-01T00:00]
a.md:5:55: date 197 "through the 1970s" [, 1980-01-01T00:00] (until)
a.md:5:74: date 198 "80s" [1980-01-01T00:00, 1990-01-01T00:00]
a.md:5:82: date 199 "90s" [1990-01-01T00:00, 2000-01-01T00:00]
a.md:6:16: date 2019-06 "June 2019" [2019-06-01T00:00, 2019-07-01T00:00]
a.md:6:27: date 2019-06 "That month" [2019-06-01T00:00, 2019-07-01T00:00]
a.md:7:4: date 2024-08-20 "Tuesday" [2024-08-20T00:00, 2024-08-21T00:00]
a.md:7:33: time 2024-08-20T22:00 "10pm" [2024-08-20T22:00, 2024-08-20T22:01]
a.md:8:16: date 2024-08-12 "Monday" [2024-08-12T00:00, 2024-08-13T00:00]
a.md:8:27: date 2024-08-13 "Tuesday last week" [2024-08-13T00:00, 2024-08-14T00:00]
