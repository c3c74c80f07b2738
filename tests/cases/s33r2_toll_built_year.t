# A collapse's toll told by two outlets (articles written for this test):
# the year the viaduct was built dates no earlier event, so the toll is
# read beside it and 9 against 11 is found.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2026-04-09
source: Harbour Wire
---
A rail viaduct built in 1972 gave way on Wednesday, killing 9 people.
--- file: s/b.md
---
date: 2026-04-09
source: Valley Courier
---
The viaduct collapsed on Wednesday, and 11 people were killed. Engineers had inspected it in 2019.
--- expect
s/a.md:5:61: warning: "9" (Harbour Wire) = 9, but "11" (Valley Courier) = 11; a difference of 2 [same_fact/toll.dead.built]
    "A rail viaduct built in 1972 gave way on Wednesday, killing 9 people."
    s/b.md:5:41: "The viaduct collapsed on Wednesday, and 11 people were killed."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
