# One event told in other words by two outlets (articles written for this
# test): "touched down" and "landed" are one landing, "departed" and
# "left" one departure, so another UTC time for the same local time is a discrepancy;
# "took off" is another event than "landed", not compared.
args: check --story-per-folder --show all --fail-on none s
--- file: s/a.md
---
date: 2024-11-05
source: Harbour Wire
---
The plane touched down at 3:42 p.m. local time (2042 GMT) on Monday, the airline said. The ferry departed at 9:15 a.m. local time (1415 GMT), the port said.
--- file: s/b.md
---
date: 2024-11-05
source: Valley Courier
---
The plane landed at 3:42 p.m. local time (2142 GMT) on Monday, officials said. The ferry left at 9:15 a.m. local time (1515 GMT), the port said.
--- file: s/c.md
---
date: 2024-11-05
source: River Post
---
The plane took off at 3:42 p.m. local time (1542 GMT) on Monday, the airline said.
--- expect
s/a.md:5:27: warning: "3:42 p.m. local time (2042 GMT" (Harbour Wire) gives 15:42 local as 20:42 UTC, but "3:42 p.m. local time (2142 GMT" (Valley Courier) gives 15:42 local as 21:42 UTC; the UTC time differs for one local time, so one offset is wrong (the place's zone is not known; the event: "landed") [zone_pair/builtin.zone_pair]
    "The plane touched down at 3:42 p.m. local time (2042 GMT) on Monday, the airline said."
    s/b.md:5:21: "The plane landed at 3:42 p.m. local time (2142 GMT) on Monday, officials said."
s/a.md:5:110: warning: "9:15 a.m. local time (1415 GMT" (Harbour Wire) gives 09:15 local as 14:15 UTC, but "9:15 a.m. local time (1515 GMT" (Valley Courier) gives 09:15 local as 15:15 UTC; the UTC time differs for one local time, so one offset is wrong (the place's zone is not known; the event: "departed") [zone_pair/builtin.zone_pair]
    "The ferry departed at 9:15 a.m. local time (1415 GMT), the port said."
    s/b.md:5:98: "The ferry left at 9:15 a.m. local time (1515 GMT), the port said."

2 discrepancies (0 errors, 2 warnings, 0 info), 0 consistent, 0 unverifiable in 3 documents
