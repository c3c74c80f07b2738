# A car recall told by three outlets (articles written for this test; the
# maker is made up): disruption.rules reads how many vehicles the maker
# recalls.  Two outlets give 680,000; the third gives 860,000 (a
# discrepancy).  An earlier recall and a part added to it make no claim.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-07-08
source: Harbour Wire
---
Carmaker Northmotor is recalling 680,000 vehicles over a fault in their brakes.

Last year it recalled 40,000 cars.
--- file: s/b.md
---
date: 2025-07-08
source: Valley Courier
---
Northmotor announced a recall of 680,000 vehicles on Tuesday.

The maker recalled another 5,000 cars in Canada.
--- file: s/c.md
---
date: 2025-07-08
source: Morning Ledger
---
Northmotor said it was recalling 860,000 vehicles worldwide.
--- expect
s/a.md:5:34: warning: "680,000" (Harbour Wire) = 680000, but "860,000" (Morning Ledger) = 860000; a difference of 180000; the same digits, two of them swapped (a typing slip?) [same_fact/recall.units]
    "Carmaker Northmotor is recalling 680,000 vehicles over a fault in their brakes."
    s/c.md:5:34: "Northmotor said it was recalling 860,000 vehicles worldwide."
s/a.md:5:34: consistent: "680,000" (Harbour Wire) = 680000 agrees with "680,000" (Valley Courier) = 680000; 2 outlets agree (2 claims) [same_fact/recall.units]
    "Carmaker Northmotor is recalling 680,000 vehicles over a fault in their brakes."
    s/b.md:5:34: "Northmotor announced a recall of 680,000 vehicles on Tuesday."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
