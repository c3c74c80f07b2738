# A zone label with an offset of its own written on a day its zone keeps
# another (EST and CET in July, when New York and Paris keep EDT and
# CEST).  The label's abbreviation is shown, not the day's.  When the UTC
# time printed beside it is the zone's own time that day, the label is
# the likely slip: a warning that says so.  When it is neither, an error
# that gives both.  A consistent pair under a label out of season says
# what the zone's own time would give.  (Text written for this test.)
args: check --show all --fail-on none a.md
--- file: a.md
---
date: 2024-07-04
source: Harbour Wire
---
The rally starts at 10 a.m. EST (1400 GMT) on Thursday.

The second rally starts at 2 p.m. EST (2000 GMT).

Talks in Paris begin at 6pm CET (1700 GMT).

Trading in Paris opens at 8am CEST (0600 GMT).
--- expect
a.md:5:21: warning: 10:00 in America/New_York on 2024-07-04 is 15:00 UTC (EST, UTC-5); the article gives 14:00 UTC, 1 hour earlier, which is 10:00 EDT (UTC-4), America/New_York's own time that day: the label may be the slip [zone_pair/builtin.zone_pair]
    "The rally starts at 10 a.m. EST (1400 GMT) on Thursday."
a.md:7:28: error: 14:00 in America/New_York on 2024-07-04 is 19:00 UTC (EST, UTC-5); the article gives 20:00 UTC, 1 hour later; America/New_York itself keeps EDT (UTC-4) that day, when 14:00 is 18:00 UTC [zone_pair/builtin.zone_pair]
    "The second rally starts at 2 p.m. EST (2000 GMT)."
a.md:9:25: consistent: 18:00 in Europe/Paris on 2024-07-04 is 17:00 UTC (CET, UTC+1), as the article gives it; Europe/Paris itself keeps CEST (UTC+2) that day, when 18:00 is 16:00 UTC [zone_pair/builtin.zone_pair]
    "Talks in Paris begin at 6pm CET (1700 GMT)."
a.md:11:27: consistent: 08:00 in Europe/Paris on 2024-07-04 is 06:00 UTC (CEST, UTC+2), as the article gives it [zone_pair/builtin.zone_pair]
    "Trading in Paris opens at 8am CEST (0600 GMT)."

2 discrepancies (1 error, 1 warning, 0 info), 2 consistent, 0 unverifiable in 1 document
