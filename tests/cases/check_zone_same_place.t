# two outlets' times whose zone was inferred from places in one zone
# (two Omaha articles, "4 p.m." and "5 p.m."): the guess moves both
# alike, so the hour between them is the texts' and is a warning; places
# in two zones (Seattle, Boston) leave the times unverifiable as before.
# extract --claims then check --claims says the same (the CSV carries
# the zone).
args: check --story-per-folder --show all --fail-on none s | grep -v '^    '
args: extract --claims --format csv s > c.csv && "$bin" check --story-per-folder --show all --fail-on none --claims c.csv | grep -v '^    ' | sed 's/ with claims$//'
--- file: s/quay/a.md
---
date: 2025-10-12
source: Plains Gazette
place: Omaha
---
A storage tank exploded at the grain terminal on Saturday, and the blast was felt across the river, officials said.

Crews arrived at the terminal soon after the explosion, which happened at about 4 p.m.
--- file: s/quay/b.md
---
date: 2025-10-12
source: River Valley Times
place: Omaha
---
Firefighters spent the night at the grain terminal where a tank exploded on Saturday.

The explosion happened at about 5 p.m., a terminal worker said.
--- file: s/depot/a.md
---
date: 2025-10-12
source: Harbor Ledger
place: Seattle
---
A fire destroyed a bus depot on Saturday, and no one was hurt, the fire department said.

The fire broke out at about 9 a.m., a driver said.
--- file: s/depot/b.md
---
date: 2025-10-12
source: Eastern Courier
place: Boston
---
No one was hurt when a fire destroyed a bus depot on Saturday, officials said.

The fire broke out at about 9 a.m., the depot manager said.
--- expect
s/depot/b.md:8:23: unverifiable: "about 9 a.m." (Eastern Courier) = 13:00 UTC (zone inferred from the article's place), but "about 9 a.m." (Harbor Ledger) = 16:00 UTC (zone inferred from the article's place); 3 hours apart; a zone was inferred from an article's place, and the time may be another zone's [same_fact/incident.start_time]

s/quay/a.md:8:75: warning: "about 4 p.m." (Plains Gazette) = 21:00 UTC (zone inferred from the article's place), but "about 5 p.m." (River Valley Times) = 22:00 UTC (zone inferred from the article's place); 1 hour apart; the zone (America/Chicago) was inferred from both articles' places [same_fact/incident.start_time]

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 1 unverifiable in 4 documents
