# a toll (checks.csv trend "rises") higher in the article published later
# is told as info: the story moved on; lower in the later article, or in
# articles of one day, it is a disagreement as before (a QA case)
args: check --story-per-folder --fail-on none s | grep -v '^    '
--- file: s/a.md
---
date: 2025-08-04
source: Harbour Wire
---
Ten people were killed when a bridge collapsed on Monday. Twelve people were injured.
--- file: s/b.md
---
date: 2025-08-05
source: Valley Courier
---
Fourteen people were killed when a bridge collapsed on Monday. Nine people were injured.
--- expect
s/a.md:5:1: info: "Ten" (Harbour Wire) = 10, but "Fourteen" (Valley Courier) = 14; a difference of 4; the later article, of 2025-08-05, gives the higher figure: it may have risen since the other [same_fact/toll.dead.were_killed]

s/b.md:5:64: warning: "Nine" (Valley Courier) = 9, but "Twelve" (Harbour Wire) = 12; a difference of 3 [same_fact/toll.injured.were_injured]

2 discrepancies (0 errors, 1 warning, 1 info), 0 consistent, 0 unverifiable in 2 documents
