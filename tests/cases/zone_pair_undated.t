# an article with no publication date still has its local and UTC times
# checked: the UTC time is tested against every offset the zone keeps (a
# discrepancy when none gives it, whatever the day; unverifiable when only
# one of two does; consistent for a zone of one offset), and a time of
# day in UTC joins the story's other times on the story's day; an offset
# past twelve hours (UTC+13) is compared modulo a day
args: check --show all --fail-on warning a.txt b.md c.txt d.txt e.txt
exit: 1
--- file: a.txt
Ministers from both governments gathered in Denver, Colorado.

Talks will begin at 10:15 a.m. (1545 GMT) at the Denver convention centre, officials said.
--- file: b.md
---
date: 2024-07-02
source: Plains Courier
---
Talks at the Denver convention centre are due to begin at 10:15am Mountain time (16:15 GMT), officials said.
--- file: c.txt
Delegates in Tokyo began talks at 9:30 a.m. (0030 GMT).
--- file: d.txt
Officials in Denver said talks would begin at 10:15 a.m. (1615 GMT) at the convention centre.
--- file: e.txt
In Wellington, ministers signed the accord at 9 a.m. NZDT (2000 GMT).
--- expect
a.txt:3:21: error: 10:15 in America/Denver is 17:15 UTC (MST, UTC-7) or 16:15 UTC (MDT, UTC-6); the article gives 15:45 UTC, which none of the zone's offsets gives, whatever the day (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "Talks will begin at 10:15 a.m. (1545 GMT) at the Denver convention centre, officials said."
a.txt:3:33: warning: "1545 GMT" (a) = 15:45 UTC (a time of day: the article has no date), but "10:15am Mountain time" (Plains Courier) = 16:15 UTC; 30 minutes apart [same_fact/event.start.begins.utc]
    "Talks will begin at 10:15 a.m. (1545 GMT) at the Denver convention centre, officials said."
    b.md:5:59: "Talks at the Denver convention centre are due to begin at 10:15am Mountain time (16:15 GMT), officials said."

b.md:5:59: consistent: "10:15am Mountain time" (Plains Courier) = 16:15 UTC agrees with "1615 GMT" (d) = 16:15 UTC (a time of day: the article has no date); 2 outlets agree (3 claims) [same_fact/event.start.scheduled]
    "Talks at the Denver convention centre are due to begin at 10:15am Mountain time (16:15 GMT), officials said."
    d.txt:1:59: "Officials in Denver said talks would begin at 10:15 a.m. (1615 GMT) at the convention centre."
b.md:5:59: consistent: 10:15 in America/Denver on 2024-07-02 (the article's date) is 16:15 UTC (MDT, UTC-6), as the article gives it [zone_pair/builtin.zone_pair]
    "Talks at the Denver convention centre are due to begin at 10:15am Mountain time (16:15 GMT), officials said."

c.txt:1:35: consistent: 09:30 in Asia/Tokyo is 00:30 UTC (JST, UTC+9), as the article gives it (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "Delegates in Tokyo began talks at 9:30 a.m. (0030 GMT)."

d.txt:1:47: unverifiable: 10:15 in America/Denver is 17:15 UTC (MST, UTC-7) or 16:15 UTC (MDT, UTC-6); the article gives 16:15 UTC, right only while MDT is in force, and it has no publication date (give --date or a manifest) (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "Officials in Denver said talks would begin at 10:15 a.m. (1615 GMT) at the convention centre."

e.txt:1:47: consistent: 09:00 in Pacific/Auckland is 20:00 UTC (UTC+13), as the article gives it [zone_pair/builtin.zone_pair]
    "In Wellington, ministers signed the accord at 9 a.m. NZDT (2000 GMT)."

2 discrepancies (1 error, 1 warning, 0 info), 4 consistent, 1 unverifiable in 5 documents
--- stderr
