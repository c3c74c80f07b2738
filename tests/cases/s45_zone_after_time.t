# A landing's local/UTC pair told before its verb (articles written for
# this test): "At 3:42 p.m. local time (2042 GMT) the plane landed" and
# "..., when the plane landed" key by the event word after the time, so
# another outlet's "(2142 GMT)" for the same local time is compared; a
# pair followed by no event word ("was the time") is not.
args: check --story-per-folder --show all --fail-on none s
--- file: s/a.md
---
date: 2024-11-05
source: Harbour Wire
---
At 3:42 p.m. local time (2042 GMT) on Monday the plane landed, the airline said.
--- file: s/b.md
---
date: 2024-11-05
source: Valley Courier
---
It was 3:42 p.m. local time (2142 GMT), when the plane landed, officials said.
--- file: s/c.md
---
date: 2024-11-05
source: Morning Ledger
---
The plane landed at 3:42 p.m. local time (2042 GMT), the airline said.
--- file: s/d.md
---
date: 2024-11-05
source: River Post
---
At 3:42 p.m. local time (1142 GMT) on Monday the ceremony was over, the mayor said.
--- expect
s/a.md:5:4: consistent: "3:42 p.m. local time (2042 GMT" (Harbour Wire) gives 15:42 local as 20:42 UTC, as "3:42 p.m. local time (2042 GMT" (Morning Ledger) gives 15:42 local as 20:42 UTC (the place's zone is not known; the event: "landed") [zone_pair/builtin.zone_pair]
    "At 3:42 p.m. local time (2042 GMT) on Monday the plane landed, the airline said."
    s/c.md:5:21: "The plane landed at 3:42 p.m. local time (2042 GMT), the airline said."

s/b.md:5:8: warning: "3:42 p.m. local time (2142 GMT" (Valley Courier) gives 15:42 local as 21:42 UTC, but 2 of 3 articles give 15:42 local as 20:42 UTC, as "3:42 p.m. local time (2042 GMT" (Harbour Wire) does; the UTC time differs for one local time, so this article's offset is likely the wrong one (the place's zone is not known; the event: "landed") [zone_pair/builtin.zone_pair]
    "It was 3:42 p.m. local time (2142 GMT), when the plane landed, officials said."
    s/a.md:5:4: "At 3:42 p.m. local time (2042 GMT) on Monday the plane landed, the airline said."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 4 documents
