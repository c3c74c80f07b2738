# a clock change between the story's day and the publication date: a time
# carried to its sentence's day ("at 6 p.m. ET (2300 GMT) on Saturday")
# takes that day's offset (regression: the publication day's EDT was kept,
# and a right time was called wrong); a time whose sentence names no day
# takes the day the article last named in its week (b: Saturday, March 9;
# a bench story's planted error was lost when it did not); with none, it
# is on the publication date only by guess, and an offset of the days
# before that gives its UTC time makes it unverifiable, not an error (e); a
# label's own offset ("EDT" in March) is not moved with the day; a
# sentence that names the publication day ("On Monday, ...") gives the
# time its day: a wrong offset there is a warning, not a guess (a QA case)
args: check --show all --fail-on none a.md b.md c.md d.md e.md
exit: 0
--- file: a.md
---
date: 2024-03-11
place: New York
---
The warehouse fire broke out at 6 p.m. ET (2300 GMT) on Saturday.
--- file: b.md
---
date: 2024-03-11
place: New York
---
The warehouse fire broke out on Saturday, March 9. Crews arrived at 6:20 p.m. ET (2320 GMT).
--- file: c.md
---
date: 2024-03-11
place: New York
---
The warehouse fire broke out at 6 p.m. EDT (2200 GMT) on Saturday.
--- file: d.md
---
date: 2024-03-11
place: New York
---
On Monday, the mayor spoke at 9:30 a.m. ET (1430 GMT).
--- file: e.md
---
date: 2024-03-11
place: New York
---
Crews arrived at the warehouse fire at 6:20 p.m. ET (2320 GMT).
--- expect
a.md:5:33: consistent: 18:00 in America/New_York on 2024-03-09 is 23:00 UTC (EST, UTC-5), as the article gives it [zone_pair/builtin.zone_pair]
    "The warehouse fire broke out at 6 p.m. ET (2300 GMT) on Saturday."

b.md:5:33: consistent: 2024-03-09 is a Saturday, as the article says (year 2024 taken from the publication date) [weekday_date/builtin.weekday]
    "The warehouse fire broke out on Saturday, March 9."
b.md:5:69: consistent: 18:20 in America/New_York on 2024-03-09 is 23:20 UTC (EST, UTC-5), as the article gives it [zone_pair/builtin.zone_pair]
    "Crews arrived at 6:20 p.m. ET (2320 GMT)."

c.md:5:33: consistent: 18:00 in America/New_York on 2024-03-09 is 22:00 UTC (EDT, UTC-4), as the article gives it; America/New_York itself keeps EST (UTC-5) that day, when 18:00 is 23:00 UTC [zone_pair/builtin.zone_pair]
    "The warehouse fire broke out at 6 p.m. EDT (2200 GMT) on Saturday."
c.md:5:33: warning: "6 p.m. EDT" (c) = 22:00 UTC, but "6 p.m. ET" (a) = 23:00 UTC; 1 hour apart [same_fact/incident.start_time]
    "The warehouse fire broke out at 6 p.m. EDT (2200 GMT) on Saturday."
    a.md:5:33: "The warehouse fire broke out at 6 p.m. ET (2300 GMT) on Saturday."

d.md:5:31: error: 09:30 in America/New_York on 2024-03-11 is 13:30 UTC (EDT, UTC-4); the article gives 14:30 UTC, 1 hour later [zone_pair/builtin.zone_pair]
    "On Monday, the mayor spoke at 9:30 a.m. ET (1430 GMT)."

e.md:5:40: unverifiable: 18:20 in America/New_York on 2024-03-11 (the article's date) is 22:20 UTC (EDT, UTC-4); the article gives 23:20 UTC, 1 hour later, which is 18:20 EST (UTC-5), the zone's time on 2024-03-09: its sentence names no day, and the article's date may not be the time's [zone_pair/builtin.zone_pair]
    "Crews arrived at the warehouse fire at 6:20 p.m. ET (2320 GMT)."

2 discrepancies (1 error, 1 warning, 0 info), 4 consistent, 1 unverifiable in 5 documents
--- stderr
