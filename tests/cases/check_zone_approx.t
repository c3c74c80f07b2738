# A local time told as approximate ("around", "shortly after") may sit up
# to 20 minutes from the UTC time beside it; an hour off is still a zone
# slip, and an exact local time keeps the one-minute test.  (Text written
# for this test.)
args: check --show all --fail-on none a.md
--- file: a.md
---
date: 2024-03-20
source: Harbour Wire
timezone: Europe/Bucharest
---
The dam near Velmora gave way shortly after 4 a.m. (0215 GMT).

Sirens sounded around 5 a.m. (0410 GMT), officials said.

A second wall failed around 6 a.m. (0500 GMT).

Rescuers arrived at 7 a.m. (0515 GMT).
--- expect
a.md:6:31: consistent: 04:00 in Europe/Bucharest on 2024-03-20 (the article's date) is 02:00 UTC (EET, UTC+2); the article gives 02:15 UTC, 15 minutes later, within the local time's approximation (zone from the article's timezone field) [zone_pair/builtin.zone_pair]
    "The dam near Velmora gave way shortly after 4 a.m. (0215 GMT)."
a.md:8:16: error: 05:00 in Europe/Bucharest on 2024-03-20 (the article's date) is 03:00 UTC (EET, UTC+2); the article gives 04:10 UTC, 70 minutes later (zone from the article's timezone field) [zone_pair/builtin.zone_pair]
    "Sirens sounded around 5 a.m. (0410 GMT), officials said."
a.md:10:22: warning: 06:00 in Europe/Bucharest on 2024-03-20 (the article's date) is 04:00 UTC (EET, UTC+2); the article gives 05:00 UTC, 1 hour later (zone from the article's timezone field) [zone_pair/builtin.zone_pair]
    "A second wall failed around 6 a.m. (0500 GMT)."
a.md:12:21: error: 07:00 in Europe/Bucharest on 2024-03-20 (the article's date) is 05:00 UTC (EET, UTC+2); the article gives 05:15 UTC, 15 minutes later (zone from the article's timezone field) [zone_pair/builtin.zone_pair]
    "Rescuers arrived at 7 a.m. (0515 GMT)."

3 discrepancies (2 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 1 document
