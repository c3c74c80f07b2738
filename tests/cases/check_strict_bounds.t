# "more than N" excludes N and "nearly N" and "fewer than N" stop short of
# it: two such bounds on either side of one figure disagree, while a plain
# N (itself rounded) agrees with each (QA cases: they were consistent)
args: check --story-per-folder --show all --fail-on none s | grep -v '^    '
--- file: s/a.md
---
date: 2025-05-02
source: Harbour Wire
---
Nearly 200 homes were destroyed by the storm. Fewer than 40 people were injured.
--- file: s/b.md
---
date: 2025-05-02
source: Valley Courier
---
More than 200 homes were destroyed by the storm. More than 40 people were injured.
--- file: s/c.md
---
date: 2025-05-02
source: Morning Ledger
---
The storm destroyed 200 homes.
--- expect
s/a.md:5:1: warning: "Nearly 200" (Harbour Wire) = nearly 200 (180 to just under 200), but "More than 200" (Valley Courier) = more than 200 [same_fact/damage.homes_destroyed]
s/a.md:5:47: warning: "Fewer than 40" (Harbour Wire) = less than 40, but "More than 40" (Valley Courier) = more than 40 [same_fact/toll.injured.were_injured]

s/c.md:5:21: consistent: "200" (Morning Ledger) = 200 agrees with "Nearly 200" (Harbour Wire) = nearly 200 (180 to just under 200); 2 outlets agree (2 claims) [range_qualifier/damage.homes_destroyed]

2 discrepancies (0 errors, 2 warnings, 0 info), 1 consistent, 0 unverifiable in 3 documents
