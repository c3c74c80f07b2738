# A ferry that sank, told by two outlets (articles written for this test;
# the places are made up): incidents.rules reads who was on board.  The
# first outlet's passengers and crew add up to the people on board it
# gives (parts and totals); the second outlet counts more people on board
# (a discrepancy); what the ferry can carry makes no claim.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-03-12
source: Harbour Wire
---
A ferry sank off the coast of Northland on Tuesday. The vessel was carrying 150 passengers and six crew, the operator said.

All 156 people on board were rescued by fishing boats. The ferry can carry up to 400 passengers.
--- file: s/b.md
---
date: 2025-03-12
source: Valley Courier
---
The ferry, which capsized off Northland on Tuesday, had 162 people on board, the coastguard said.
--- expect
s/a.md:7:5: warning: "156" (Harbour Wire) = 156, but "162" (Valley Courier) = 162; a difference of 6 [same_fact/aboard.people]
    "All 156 people on board were rescued by fishing boats."
    s/b.md:5:57: "The ferry, which capsized off Northland on Tuesday, had 162 people on board, the coastguard said."
s/a.md:7:5: consistent: "150" 150 + "six" 6 = 156, matching "156" (Harbour Wire) = 156 (aboard.people = aboard.passengers+aboard.crew) [parts_total/aboard.people]
    "All 156 people on board were rescued by fishing boats."
    s/a.md:5:77: "The vessel was carrying 150 passengers and six crew, the operator said."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 2 documents
