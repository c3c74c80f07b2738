# a count under a million is taken as written, to two significant digits
# at least: 1,000 and 1,500 evacuated disagree (as 500-1,500 they had
# agreed); millions are rounded: 2 million and 2.4 million displaced agree
args: check --story-per-folder --fail-on none --show all s | grep -v '^    '
--- file: s/a.md
---
date: 2025-05-06
source: Delta Wire
---
Officials said 1,000 residents were evacuated as the river rose on Monday.

The floods have displaced 2 million people across the region.
--- file: s/b.md
---
date: 2025-05-06
source: Plains Herald
---
Officials said 1,500 residents were evacuated as the river rose on Monday.

The floods have displaced 2.4 million people across the region.
--- expect
s/a.md:5:16: warning: "1,000" (Delta Wire) = 1000, but "1,500" (Plains Herald) = 1500; a difference of 500 [same_fact/toll.evacuated]
s/a.md:7:27: consistent: "2 million" (Delta Wire) = 2000000 agrees with "2.4 million" (Plains Herald) = 2400000; 2 outlets agree (2 claims) [same_fact/toll.displaced]

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 2 documents
