# Two stories of one archive (--story-per-folder: a folder each, articles
# written for this test) tell of landings at the same local time with
# other UTC times: two landings, not one told two ways, so no zone_pair
# finding; within each folder the two outlets agree.
args: check --story-per-folder --show all --fail-on none s1 s2
--- file: s1/a.md
---
date: 2024-11-05
source: Harbour Wire
---
The Aerolinea Norte plane landed at 3:42 p.m. local time (2042 GMT) on Monday in Port Evra, the airline said.
--- file: s1/b.md
---
date: 2024-11-05
source: Valley Courier
---
The Aerolinea Norte plane landed at 3:42 p.m. local time (2042 GMT) on Monday in Port Evra, officials said.
--- file: s2/a.md
---
date: 2024-11-05
source: Harbour Wire
---
The Aerolinea Norte plane landed at 3:42 p.m. local time (2142 GMT) on Monday in Port Evra, the airline said.
--- file: s2/b.md
---
date: 2024-11-05
source: Valley Courier
---
The Aerolinea Norte plane landed at 3:42 p.m. local time (2142 GMT) on Monday in Port Evra, officials said.
--- expect
s1/a.md:5:37: consistent: "3:42 p.m. local time (2042 GMT" (Harbour Wire) gives 15:42 local as 20:42 UTC, as "3:42 p.m. local time (2042 GMT" (Valley Courier) gives 15:42 local as 20:42 UTC (the place's zone is not known; the event: "landed") [zone_pair/builtin.zone_pair]
    "The Aerolinea Norte plane landed at 3:42 p.m. local time (2042 GMT) on Monday in Port Evra, the airline said."
    s1/b.md:5:37: "The Aerolinea Norte plane landed at 3:42 p.m. local time (2042 GMT) on Monday in Port Evra, officials said."

s2/a.md:5:37: consistent: "3:42 p.m. local time (2142 GMT" (Harbour Wire) gives 15:42 local as 21:42 UTC, as "3:42 p.m. local time (2142 GMT" (Valley Courier) gives 15:42 local as 21:42 UTC (the place's zone is not known; the event: "landed") [zone_pair/builtin.zone_pair]
    "The Aerolinea Norte plane landed at 3:42 p.m. local time (2142 GMT) on Monday in Port Evra, the airline said."
    s2/b.md:5:37: "The Aerolinea Norte plane landed at 3:42 p.m. local time (2142 GMT) on Monday in Port Evra, officials said."

0 discrepancies (0 errors, 0 warnings, 0 info), 2 consistent, 0 unverifiable in 4 documents
