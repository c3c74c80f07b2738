# a local/UTC pair written UTC first: the "local time" half (second) takes
# the article's zone; one an hour off is the zone_pair finding, a right one
# is consistent
args: check --show all a.md
exit: 0
--- file: a.md
---
date: 2024-03-05
place: Karachi
---
The relief flight landed at 03:17 UTC (9:17 a.m. local time) on Tuesday.

Polling stations open at 0300 GMT (8 a.m. local) and close at 5 p.m.
--- expect
a.md:5:29: warning: 09:17 in Asia/Karachi on 2024-03-05 is 04:17 UTC (PKT, UTC+5); the article gives 03:17 UTC, 1 hour earlier (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "The relief flight landed at 03:17 UTC (9:17 a.m. local time) on Tuesday."
a.md:7:26: consistent: 08:00 in Asia/Karachi on 2024-03-05 is 03:00 UTC (PKT, UTC+5), as the article gives it (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "Polling stations open at 0300 GMT (8 a.m. local) and close at 5 p.m."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 1 document
--- stderr
