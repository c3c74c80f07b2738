# "About" before a time of day widens it, the more the rounder the time:
# "about 9:45am" (9:35 to 9:55) agrees with "9.40"; "around 10pm" (21:45
# to 22:15) does not reach "10.20pm".  (Text written for this test.)
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2021-02-08
source: Alpine Post
---
A passenger train derailed near Brig in Switzerland on Sunday, injuring 27 people. The train left the tracks at about 9:45am.

A second train, a freight train, crashed near Brig at around 10pm.
--- file: s/b.md
---
date: 2021-02-08
source: Mountain Times
---
Twenty-seven people were hurt when a train came off the rails near Brig in Switzerland on Sunday. The accident happened at 9.40 local time.

A freight train crashed near Brig in Switzerland at 10.20pm on Sunday.
--- expect
s/a.md:5:73: consistent: "27" (Alpine Post) = 27 agrees with "Twenty-seven" (Mountain Times) = 27; 2 outlets agree (2 claims) [same_fact/toll.injured.injuring]
    "A passenger train derailed near Brig in Switzerland on Sunday, injuring 27 people."
    s/b.md:5:1: "Twenty-seven people were hurt when a train came off the rails near Brig in Switzerland on Sunday."
s/a.md:5:113: consistent: "about 9:45am" (Alpine Post) = 08:45 UTC (zone inferred from the article's place) agrees with "9.40 local time" (Mountain Times) = 08:40 UTC (zone inferred from the article's place); 2 outlets agree (2 claims) [range_qualifier/incident.start_time]
    "The train left the tracks at about 9:45am."
    s/b.md:5:124: "The accident happened at 9.40 local time."
s/a.md:7:55: warning: "around 10pm" (Alpine Post) = 21:00 UTC (zone inferred from the article's place), but "10.20pm on Sunday" (Mountain Times) = 2021-02-07 21:20 UTC (zone inferred from the article's place); 20 minutes apart [same_fact/incident.start_time]
    "A second train, a freight train, crashed near Brig at around 10pm."
    s/b.md:7:53: "A freight train crashed near Brig in Switzerland at 10.20pm on Sunday."

1 discrepancy (0 errors, 1 warning, 0 info), 2 consistent, 0 unverifiable in 2 documents
