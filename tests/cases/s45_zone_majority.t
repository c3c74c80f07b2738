# One landing told by four outlets with local time and GMT, the zone
# unknown (articles written for this test): three agree and one gives
# another GMT time.  The odd one is told once, against the majority,
# not once against each of the three.
args: check --story-per-folder --show all --fail-on none s
--- file: s/a.md
---
date: 2024-11-05
source: Harbour Wire
---
The plane landed at 3:42 p.m. local time (2042 GMT) on Monday, the airline said.
--- file: s/b.md
---
date: 2024-11-05
source: Valley Courier
---
The flight landed at 3:42 p.m. local time (2142 GMT) on Monday, officials said.
--- file: s/c.md
---
date: 2024-11-05
source: Morning Ledger
---
The jet finally landed safely at 3:42 p.m. local time (2042 GMT), the airline said.
--- file: s/d.md
---
date: 2024-11-05
source: River Post
---
The aircraft landed at 3:42 p.m. local time (2042 GMT) on Monday, the airline said.
--- expect
s/a.md:5:21: consistent: "3:42 p.m. local time (2042 GMT" (Harbour Wire) gives 15:42 local as 20:42 UTC, as "3:42 p.m. local time (2042 GMT" (Morning Ledger) gives 15:42 local as 20:42 UTC (the place's zone is not known; the event: "landed") [zone_pair/builtin.zone_pair]
    "The plane landed at 3:42 p.m. local time (2042 GMT) on Monday, the airline said."
    s/c.md:5:34: "The jet finally landed safely at 3:42 p.m. local time (2042 GMT), the airline said."
s/a.md:5:21: consistent: "3:42 p.m. local time (2042 GMT" (Harbour Wire) gives 15:42 local as 20:42 UTC, as "3:42 p.m. local time (2042 GMT" (River Post) gives 15:42 local as 20:42 UTC (the place's zone is not known; the event: "landed") [zone_pair/builtin.zone_pair]
    "The plane landed at 3:42 p.m. local time (2042 GMT) on Monday, the airline said."
    s/d.md:5:24: "The aircraft landed at 3:42 p.m. local time (2042 GMT) on Monday, the airline said."

s/b.md:5:22: warning: "3:42 p.m. local time (2142 GMT" (Valley Courier) gives 15:42 local as 21:42 UTC, but 3 of 4 articles give 15:42 local as 20:42 UTC, as "3:42 p.m. local time (2042 GMT" (Harbour Wire) does; the UTC time differs for one local time, so this article's offset is likely the wrong one (the place's zone is not known; the event: "landed") [zone_pair/builtin.zone_pair]
    "The flight landed at 3:42 p.m. local time (2142 GMT) on Monday, officials said."
    s/a.md:5:21: "The plane landed at 3:42 p.m. local time (2042 GMT) on Monday, the airline said."

s/c.md:5:34: consistent: "3:42 p.m. local time (2042 GMT" (Morning Ledger) gives 15:42 local as 20:42 UTC, as "3:42 p.m. local time (2042 GMT" (River Post) gives 15:42 local as 20:42 UTC (the place's zone is not known; the event: "landed") [zone_pair/builtin.zone_pair]
    "The jet finally landed safely at 3:42 p.m. local time (2042 GMT), the airline said."
    s/d.md:5:24: "The aircraft landed at 3:42 p.m. local time (2042 GMT) on Monday, the airline said."

1 discrepancy (0 errors, 1 warning, 0 info), 3 consistent, 0 unverifiable in 4 documents
