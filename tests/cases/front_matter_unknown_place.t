# a place: that is not in the places table has no zone: said once for the
# file (the zone checks go by the places the text names); a known place,
# or one with a timezone:, is not warned of
args: extract --format text a.md b.md c.md
--- file: a.md
---
date: 2024-09-17
place: Atlantis
---
The talks began at 9 a.m. (1700 GMT). They resumed at 10 a.m.
--- file: b.md
---
date: 2024-09-17
place: vancouver
---
Text.
--- file: c.md
---
date: 2024-09-17
place: Atlantis
timezone: America/Vancouver
---
Text.
--- expect
a.md:5:20: time 2024-09-17T09:00 "9 a.m." [2024-09-17T09:00, 2024-09-17T09:01]
a.md:5:28: time 2024-09-17T17:00 "1700 GMT" [2024-09-17T17:00, 2024-09-17T17:01] = 2024-09-17T17:00Z
a.md:5:55: time 2024-09-17T10:00 "10 a.m." [2024-09-17T10:00, 2024-09-17T10:01]
--- stderr
claimcheck: warning: a.md: place 'Atlantis' is not in the places table (lexicon/places.csv): its time zone is unknown, so the zone checks go by the places the text names (timezone: sets the zone)
