# a local time whose zone is the article's timezone field (front matter or
# manifest) says so, not "inferred from the article's place" (regression:
# every zone not stated beside the time was called inferred); the claims
# CSV keeps the difference as the zone_given flag
args: check --show all --fail-on none a.md b.md
exit: 0
--- file: a.md
---
date: 2024-07-02
timezone: America/Denver
---
The ministers' talks will begin at 10:15 a.m. (1545 GMT), officials said.
--- file: b.md
---
date: 2024-07-02
---
Delegates met in Denver. The ministers' talks will begin at 10:15 a.m. (1615 GMT), officials said.
--- expect
a.md:5:36: error: 10:15 in America/Denver on 2024-07-02 (the article's date) is 16:15 UTC (MDT, UTC-6); the article gives 15:45 UTC, 30 minutes earlier (zone from the article's timezone field) [zone_pair/builtin.zone_pair]
    "The ministers' talks will begin at 10:15 a.m. (1545 GMT), officials said."
a.md:5:48: warning: "1545 GMT" (a) = 15:45 UTC, but "1615 GMT" (b) = 16:15 UTC; 30 minutes apart [same_fact/event.start.begins.utc]
    "The ministers' talks will begin at 10:15 a.m. (1545 GMT), officials said."
    b.md:4:73: "The ministers' talks will begin at 10:15 a.m. (1615 GMT), officials said."

b.md:4:61: consistent: 10:15 in America/Denver on 2024-07-02 (the article's date) is 16:15 UTC (MDT, UTC-6), as the article gives it (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "The ministers' talks will begin at 10:15 a.m. (1615 GMT), officials said."

2 discrepancies (1 error, 1 warning, 0 info), 1 consistent, 0 unverifiable in 2 documents
--- stderr
