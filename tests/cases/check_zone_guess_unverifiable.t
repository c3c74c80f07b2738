# two outlets' times whole hours apart, one zone guessed from a place:
# told as unverifiable (the time may be another zone's), not dropped as
# before (a QA case); two events of one article hours apart stay silent
args: check --story-per-folder --show all --fail-on none s | grep -v '^    '
--- file: s/a.md
---
date: 2025-03-30
source: Harbour Wire
place: London
---
A fire broke out at the market at 11 p.m. on Saturday, the fire brigade said.
--- file: s/b.md
---
date: 2025-03-30
source: Valley Courier
---
The fire at the London market broke out at 2100 GMT on Saturday, the brigade said.
--- expect
s/b.md:5:44: unverifiable: "2100 GMT on Saturday" (Valley Courier) = 2025-03-29 21:00 UTC, but "11 p.m. on Saturday" (Harbour Wire) = 2025-03-29 23:00 UTC (zone inferred from the article's place); 2 hours apart; a zone was inferred from an article's place, and the time may be another zone's [same_fact/incident.start_time]

0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 1 unverifiable in 2 documents
