# the outlet's name in a dateline's brackets is not a word of the story:
# two outlets naming themselves made the articles seem to share too
# little, and 26 against 24 dead was never compared
args: check --show all --format text wire.txt lantern.txt
--- file: wire.txt
---
date: 2025-03-10
---
KORVALA (Harbour Wire Service) - A fire at a fuel depot in Velmora killed 26 people on Monday, the Interior Ministry said.
--- file: lantern.txt
---
date: 2025-03-10
---
OSTRAN (Daily Lantern) - Twenty-four people were killed in a depot fire in Velmora on Monday.
--- expect
lantern.txt:4:26: warning: "Twenty-four" (lantern) = 24, but "26" (wire) = 26; a difference of 2 [same_fact/toll.dead.were_killed]
    "OSTRAN (Daily Lantern) - Twenty-four people were killed in a depot fire in Velmora on Monday."
    wire.txt:4:75: "KORVALA (Harbour Wire Service) - A fire at a fuel depot in Velmora killed 26 people on Monday, the Interior Ministry said."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
