# Two outlets' figures with two side-by-side digits swapped (14,000 and
# 41,000 evacuated; 214 and 241 objects) are a typing slip the desk
# wants told: a discrepancy with a note, even where the gap (nearly
# threefold) would otherwise read as two events.  Figures of other
# digits that far apart stay two events (the last pair).  Articles
# written for this test.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-02
source: Harbour Wire
---
About 14,000 people were evacuated from the valley on Monday, officials said.

Archaeologists said 214 objects were recovered from the tomb.

Police said 12 people were arrested at the port.
--- file: s/b.md
---
date: 2025-06-02
source: Valley Courier
---
About 41,000 people were evacuated from the valley on Monday, officials said.

Archaeologists said 241 objects were recovered from the tomb.

Police said 47 people were arrested at the port.
--- expect
s/a.md:5:1: warning: "About 14,000" (Harbour Wire) = about 14000, but "About 41,000" (Valley Courier) = about 41000; a difference of 27000; the same digits, two of them swapped (a typing slip?) [same_fact/toll.evacuated]
    "About 14,000 people were evacuated from the valley on Monday, officials said."
    s/b.md:5:1: "About 41,000 people were evacuated from the valley on Monday, officials said."
s/a.md:7:21: warning: "214" (Harbour Wire) = 214, but "241" (Valley Courier) = 241; a difference of 27; the same digits, two of them swapped (a typing slip?) [same_fact/figure.found]
    "Archaeologists said 214 objects were recovered from the tomb."
    s/b.md:7:21: "Archaeologists said 241 objects were recovered from the tomb."
s/a.md:9:13: unverifiable: "12" (Harbour Wire) = 12, but "47" (Valley Courier) = 47; a difference of 35; one is 3.9 times the other, more often another event's figure than the same fact's [same_fact/toll.arrested]
    "Police said 12 people were arrested at the port."
    s/b.md:9:13: "Police said 47 people were arrested at the port."

2 discrepancies (0 errors, 2 warnings, 0 info), 0 consistent, 1 unverifiable in 2 documents
