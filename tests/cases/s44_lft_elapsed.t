# when a flight's incident struck, told as the time into the flight
# (incident.elapsed): two outlets' moments apart by more than their
# rounding are a warning; two moments of one article only info (a story
# may tell of the seatbelt sign and of the drop)
args: check --show all --fail-on warning a.md b.md c.md
exit: 1
--- file: a.md
---
date: 2025-02-03
source: Wire One
---
A jet bound for Lisbon hit severe turbulence on Monday.

The plane dropped about 3,000 feet about 40 minutes into the flight, passengers said.
--- file: b.md
---
date: 2025-02-03
source: Wire Two
---
A jet bound for Lisbon hit severe turbulence on Monday.

The plane dropped sharply about 60 minutes into the flight.
--- file: c.md
---
date: 2025-02-03
source: Wire Three
---
A jet bound for Lisbon hit severe turbulence on Monday, injuring 12 people.

The seatbelt sign came on after turbulence 20 minutes into the flight. The plane dropped about 40 minutes into the flight.
--- expect
a.md:7:36: consistent: "about 40 minutes" (Wire One) = 36 to 44 minutes agrees with "about 40 minutes" (Wire Three) = 36 to 44 minutes; 2 outlets agree (2 claims) [range_qualifier/incident.elapsed]
    "The plane dropped about 3,000 feet about 40 minutes into the flight, passengers said."
    c.md:7:90: "The plane dropped about 40 minutes into the flight."
a.md:7:36: warning: "about 40 minutes" (Wire One) = 36 to 44 minutes, but "about 60 minutes" (Wire Two) = 54 to 66 minutes; 10 minutes apart (tolerance 10%) [same_fact/incident.elapsed]
    "The plane dropped about 3,000 feet about 40 minutes into the flight, passengers said."
    b.md:7:27: "The plane dropped sharply about 60 minutes into the flight."

c.md:7:44: info: "20 minutes" (Wire Three) = 20 minutes, but "about 40 minutes" (Wire Three) = 36 to 44 minutes; 16 minutes apart (tolerance 10%) [same_fact/incident.elapsed]
    "The seatbelt sign came on after turbulence 20 minutes into the flight."
    c.md:7:90: "The plane dropped about 40 minutes into the flight."
c.md:7:44: unverifiable: "20 minutes" (Wire Three) = 20 minutes, but "about 60 minutes" (Wire Two) = 54 to 66 minutes; 34 minutes apart; one is 3.3 times the other, more often another event's figure than the same fact's [same_fact/incident.elapsed]
    "The seatbelt sign came on after turbulence 20 minutes into the flight."
    b.md:7:27: "The plane dropped sharply about 60 minutes into the flight."

2 discrepancies (0 errors, 1 warning, 1 info), 1 consistent, 1 unverifiable in 3 documents
