# A prisoner swap told by three outlets (articles written for this test;
# the countries are made up): tolls.rules reads
# the prisoners freed, one side's count ("each") apart from a total.  Two
# outlets give 60 each, the third 66 each (a discrepancy); the total of
# 120 in the second article is another fact, and no false alarm.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-13
source: Harbour Wire
---
Northland and Southland exchanged 60 prisoners each on Thursday in a swap brokered by a neighbour.

It was the first exchange since March.
--- file: s/b.md
---
date: 2025-06-13
source: Valley Courier
---
The two sides each released 60 prisoners of war on Thursday. In all, 120 prisoners were freed.
--- file: s/c.md
---
date: 2025-06-13
source: Morning Ledger
---
Northland and Southland swapped 66 prisoners each on Thursday, officials said.
--- expect
s/a.md:5:35: warning: "60" (Harbour Wire) = 60, but "66" (Morning Ledger) = 66; a difference of 6 [same_fact/prisoners.released.each]
    "Northland and Southland exchanged 60 prisoners each on Thursday in a swap brokered by a neighbour."
    s/c.md:5:33: "Northland and Southland swapped 66 prisoners each on Thursday, officials said."
s/a.md:5:35: consistent: "60" (Harbour Wire) = 60 agrees with "60" (Valley Courier) = 60; 2 outlets agree (2 claims) [same_fact/prisoners.released.each]
    "Northland and Southland exchanged 60 prisoners each on Thursday in a swap brokered by a neighbour."
    s/b.md:5:29: "The two sides each released 60 prisoners of war on Thursday."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
