# A coup put down and a tornado, each told by two outlets (articles
# written for this test; the places are made up): incidents.rules reads
# how long the fighting lasted and how long the tornado was on the
# ground, each keyed apart from a siege's length.  The fighting's hours
# differ (a discrepancy); the tornado's minutes agree.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-03
source: Harbour Wire
---
Loyal troops crushed a mutiny at the army barracks in Dorvale on Monday. The fighting began at 4 a.m. and lasted about six hours, officials said.

Separately, a tornado struck farmland outside the town; it stayed on the ground for 12 minutes.
--- file: s/b.md
---
date: 2025-06-03
source: Valley Courier
---
Soldiers put down a mutiny at the Dorvale barracks on Monday after ten hours of fighting.

A twister outside the town was on the ground for 12 minutes, forecasters said.
--- expect
s/a.md:5:114: warning: "about six hours" (Harbour Wire) = 5.4 to 6.6 hours, but "ten hours" (Valley Courier) = 10 hours; 3.4 hours apart (tolerance 5%) [same_fact/incident.duration.fighting]
    "The fighting began at 4 a.m. and lasted about six hours, officials said."
    s/b.md:5:68: "Soldiers put down a mutiny at the Dorvale barracks on Monday after ten hours of fighting."
s/a.md:7:85: consistent: "12 minutes" (Harbour Wire) = 12 minutes agrees with "12 minutes" (Valley Courier) = 12 minutes; 2 outlets agree (2 claims) [same_fact/incident.duration.tornado]
    "Separately, a tornado struck farmland outside the town; it stayed on the ground for 12 minutes."
    s/b.md:7:50: "A twister outside the town was on the ground for 12 minutes, forecasters said."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 2 documents
