# a time said for a place of no known zone, right before it ("landed in
# Farrowby at 11:20 a.m."), is not taken in a zone the text's other
# places chose over the article's place field: it is left unchecked, not
# called 4 hours off as Dubai time (a QA case); with the article's own
# place's zone (b.md: its text names that place) it is checked in that
# zone
args: check --fail-on none --show all --format text a.md b.md
--- file: a.md
---
date: 2026-07-22
source: Air Report
place: Dublin
---
The plane departed Dubai at 3:05 a.m. local time (2305 GMT) and landed in Farrowby at 11:20 a.m. (1120 GMT), the airport said.
--- file: b.md
---
date: 2026-07-22
source: Aviation Wire
place: Dublin
---
The jet, bound for Ireland, landed at Farrowby Airport at 11:20 a.m. local time (1120 GMT).
--- expect
a.md:6:29: consistent: 03:05 in Asia/Dubai on 2026-07-22 (the article's date) is 23:05 on 2026-07-21 UTC (+04, UTC+4), as the article gives it (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "The plane departed Dubai at 3:05 a.m. local time (2305 GMT) and landed in Farrowby at 11:20 a.m. (1120 GMT), the airport said."

b.md:6:59: warning: 11:20 in Europe/Dublin on 2026-07-22 (the article's date) is 10:20 UTC (IST, UTC+1); the article gives 11:20 UTC, 1 hour later (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "The jet, bound for Ireland, landed at Farrowby Airport at 11:20 a.m. local time (1120 GMT)."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 2 documents
