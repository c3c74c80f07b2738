# One landing told by three outlets with local time and GMT, the place's
# zone unknown (articles written for this test): the same local time with
# another GMT time is a discrepancy between two articles (one offset is
# wrong, and with two of three agreeing, the odd one is told once against
# the majority); the same pair again is consistent; the take-off, another event
# at the same local clock time with another GMT time, is not compared.
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
The plane took off at 3:42 p.m. local time (1542 GMT) on Monday, the airline said.
--- expect
s/a.md:5:21: consistent: "3:42 p.m. local time (2042 GMT" (Harbour Wire) gives 15:42 local as 20:42 UTC, as "3:42 p.m. local time (2042 GMT" (Morning Ledger) gives 15:42 local as 20:42 UTC (the place's zone is not known; the event: "landed") [zone_pair/builtin.zone_pair]
    "The plane landed at 3:42 p.m. local time (2042 GMT) on Monday, the airline said."
    s/c.md:5:34: "The jet finally landed safely at 3:42 p.m. local time (2042 GMT), the airline said."

s/b.md:5:22: warning: "3:42 p.m. local time (2142 GMT" (Valley Courier) gives 15:42 local as 21:42 UTC, but 2 of 3 articles give 15:42 local as 20:42 UTC, as "3:42 p.m. local time (2042 GMT" (Harbour Wire) does; the UTC time differs for one local time, so this article's offset is likely the wrong one (the place's zone is not known; the event: "landed") [zone_pair/builtin.zone_pair]
    "The flight landed at 3:42 p.m. local time (2142 GMT) on Monday, officials said."
    s/a.md:5:21: "The plane landed at 3:42 p.m. local time (2042 GMT) on Monday, the airline said."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 4 documents
