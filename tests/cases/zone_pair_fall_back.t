# a local time the night the clocks go back shows twice: the UTC half
# given picks the reading (0630 GMT is the second 1:30 a.m., EST); a label
# with an offset of its own (EDT) has one reading, and a UTC time neither
# reading gives is still wrong
args: check --fail-on none --show all --format text a.md
--- file: a.md
---
date: 2024-11-04
place: New York
---
The blackout began at 1:30 a.m. ET (0630 GMT) on Sunday, November 3.

A second outage began at 1:30 a.m. ET (0530 GMT) on Sunday, November 3.

A third began at 1:30 a.m. EDT (0630 GMT) on Sunday, November 3.

A fourth began at 1:30 a.m. ET (0730 GMT) on Sunday, November 3.
--- expect
a.md:5:23: consistent: 01:30 in America/New_York on 2024-11-03 is 06:30 UTC (EST, UTC-5), as the article gives it [zone_pair/builtin.zone_pair]
    "The blackout began at 1:30 a.m. ET (0630 GMT) on Sunday, November 3."
a.md:5:50: consistent: 2024-11-03 is a Sunday, as the article says (year 2024 taken from the publication date) [weekday_date/builtin.weekday]
    "The blackout began at 1:30 a.m. ET (0630 GMT) on Sunday, November 3."
a.md:7:26: consistent: 01:30 in America/New_York on 2024-11-03 is 05:30 UTC (EDT, UTC-4), as the article gives it [zone_pair/builtin.zone_pair]
    "A second outage began at 1:30 a.m. ET (0530 GMT) on Sunday, November 3."
a.md:7:53: consistent: 2024-11-03 is a Sunday, as the article says (year 2024 taken from the publication date) [weekday_date/builtin.weekday]
    "A second outage began at 1:30 a.m. ET (0530 GMT) on Sunday, November 3."
a.md:9:18: error: 01:30 in America/New_York on 2024-11-03 is 05:30 UTC (EDT, UTC-4); the article gives 06:30 UTC, 1 hour later [zone_pair/builtin.zone_pair]
    "A third began at 1:30 a.m. EDT (0630 GMT) on Sunday, November 3."
a.md:9:46: consistent: 2024-11-03 is a Sunday, as the article says (year 2024 taken from the publication date) [weekday_date/builtin.weekday]
    "A third began at 1:30 a.m. EDT (0630 GMT) on Sunday, November 3."
a.md:11:19: error: 01:30 in America/New_York on 2024-11-03 is 05:30 UTC (EDT, UTC-4); the article gives 07:30 UTC, 2 hours later [zone_pair/builtin.zone_pair]
    "A fourth began at 1:30 a.m. ET (0730 GMT) on Sunday, November 3."
a.md:11:46: consistent: 2024-11-03 is a Sunday, as the article says (year 2024 taken from the publication date) [weekday_date/builtin.weekday]
    "A fourth began at 1:30 a.m. ET (0730 GMT) on Sunday, November 3."

2 discrepancies (2 errors, 0 warnings, 0 info), 6 consistent, 0 unverifiable in 1 document
