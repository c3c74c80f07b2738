# two outlets that each give both sides' figures ("the ministry said 40,
# the opposition 100") do not disagree; an outlet that gives only one
# side's figure against another's one still shows (a QA case)
args: check --story-per-folder --fail-on none s t | grep -v '^    '
--- file: s/a.md
---
date: 2025-03-08
source: Harbour Wire
---
The interior ministry said 40 people were injured, while the opposition said 100 people were injured.
--- file: s/b.md
---
date: 2025-03-08
source: Valley Courier
---
The opposition said 100 people were injured; the interior ministry said 40 people were injured.
--- file: t/a.md
---
date: 2025-03-08
source: Harbour Wire
---
The interior ministry said 40 people were injured in the clashes.
--- file: t/b.md
---
date: 2025-03-08
source: Valley Courier
---
The opposition said 100 people were injured in the clashes.
--- expect
t/a.md:5:28: warning: "40" (Harbour Wire) = 40, but "100" (Valley Courier) = 100; a difference of 60 [same_fact/toll.injured.were_injured]

1 discrepancy (0 errors, 1 warning, 0 info), 2 consistent, 0 unverifiable in 4 documents
