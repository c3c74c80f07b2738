# A local time said for another city than the dateline's is that city's
# time: "from Perth at 5 p.m.", "In Lagos, ... at 10 a.m.", "3:30 p.m. in
# Karachi" (each had been read in the dateline's zone and called an
# error); a time with no such place keeps the dateline's zone
args: check --fail-on none --show all --format text a.md
--- file: a.md
---
date: 2026-03-04
place: Brussels
---
BRUSSELS - Ministers will join by video from Perth at 5 p.m. (0900 GMT), officials said.

In Lagos, the session opens at 10 a.m. (0900 GMT); in Karachi it will be 2 p.m. (0900 GMT).

Delegates in Brussels meet at 9 a.m. (0900 GMT).
--- expect
a.md:5:55: consistent: 17:00 in Australia/Perth on 2026-03-04 (the article's date) is 09:00 UTC (AWST, UTC+8), as the article gives it [zone_pair/builtin.zone_pair]
    "BRUSSELS - Ministers will join by video from Perth at 5 p.m. (0900 GMT), officials said."
a.md:7:32: consistent: 10:00 in Africa/Lagos on 2026-03-04 (the article's date) is 09:00 UTC (WAT, UTC+1), as the article gives it [zone_pair/builtin.zone_pair]
    "In Lagos, the session opens at 10 a.m. (0900 GMT); in Karachi it will be 2 p.m. (0900 GMT)."
a.md:7:74: consistent: 14:00 in Asia/Karachi on 2026-03-04 (the article's date) is 09:00 UTC (PKT, UTC+5), as the article gives it [zone_pair/builtin.zone_pair]
    "In Lagos, the session opens at 10 a.m. (0900 GMT); in Karachi it will be 2 p.m. (0900 GMT)."
a.md:9:31: warning: 09:00 in Europe/Brussels on 2026-03-04 (the article's date) is 08:00 UTC (CET, UTC+1); the article gives 09:00 UTC, 1 hour later (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "Delegates in Brussels meet at 9 a.m. (0900 GMT)."

1 discrepancy (0 errors, 1 warning, 0 info), 3 consistent, 0 unverifiable in 1 document
