# Clock arithmetic inside one article (articles written for this test):
# a start time plus the talks' length against their end time
# (checks.csv: event.end_time = event.start_time + event.duration).  The
# first outlet's "about three hours" fits 11:30 to 14:45 (3h15); the
# second's 9:10 plus "2 hours and 40 minutes" is not 11:40.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-13
source: Harbour Wire
---
The talks between the two ministers began at 11:30 a.m. on Thursday. The meeting lasted about three hours. The talks ended at 2:45 p.m., an aide said.
--- file: s/b.md
---
date: 2025-06-13
source: Valley Courier
---
The talks started at 9:10 a.m. on Thursday. The meeting lasted 2 hours and 40 minutes. The talks ended at 11:40 a.m., officials said.
--- expect
s/a.md:5:127: consistent: clock arithmetic: "11:30 a.m. on Thursday" 11:30 + "about three hours" = 14:12 to 14:48, matching "2:45 p.m." 14:45 is 3h15 after the start (event.end_time = event.start_time+event.duration) [parts_total/event.end.ended]
    "The talks ended at 2:45 p.m., an aide said."
    s/a.md:5:89: "The meeting lasted about three hours."

s/b.md:5:22: warning: "9:10 a.m. on Thursday" (Valley Courier) = 2025-06-12 09:10, but "11:30 a.m. on Thursday" (Harbour Wire) = 2025-06-12 11:30; 2 hours and 20 minutes apart [same_fact/event.start.begins]
    "The talks started at 9:10 a.m. on Thursday."
    s/a.md:5:46: "The talks between the two ministers began at 11:30 a.m. on Thursday."
s/b.md:5:64: consistent: "2 hours and 40 minutes" (Valley Courier) = 2 hours and 40 minutes agrees with "about three hours" (Harbour Wire) = 2.7 to 3.3 hours; 2 outlets agree (2 claims) [range_qualifier/event.duration.last]
    "The meeting lasted 2 hours and 40 minutes."
    s/a.md:5:89: "The meeting lasted about three hours."
s/b.md:5:107: warning: "11:40 a.m." (Valley Courier) = 11:40, but "2:45 p.m." (Harbour Wire) = 14:45; 3 hours and 5 minutes apart [same_fact/event.end.ended]
    "The talks ended at 11:40 a.m., officials said."
    s/a.md:5:127: "The talks ended at 2:45 p.m., an aide said."
s/b.md:5:107: warning: clock arithmetic: "9:10 a.m. on Thursday" 09:10 + "2 hours and 40 minutes" = 11:42 to 11:58, but "11:40 a.m." 11:40 is 2h30 after the start (event.end_time = event.start_time+event.duration) [parts_total/event.end.ended]
    "The talks ended at 11:40 a.m., officials said."
    s/b.md:5:64: "The meeting lasted 2 hours and 40 minutes."

3 discrepancies (0 errors, 3 warnings, 0 info), 2 consistent, 0 unverifiable in 2 documents
