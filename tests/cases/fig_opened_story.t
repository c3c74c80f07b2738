# A film's opening weekend told by two outlets (articles written for this
# test; the film is made up): figures.rules reads the theaters it opened
# in, "theatres" keyed as "theaters", and the two figures disagree.  The
# screens, a different count, meet nothing.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-07-14
source: Harbour Wire
---
The Kestrel Run, the studio's new thriller, opened in 4,105 theaters across North America on Friday.
--- file: s/b.md
---
date: 2025-07-14
source: Valley Courier
---
The Kestrel Run opened in 4,150 theatres across North America on Friday and debuted on 9,000 screens.
--- expect
s/a.md:5:55: warning: "4,105" (Harbour Wire) = 4105, but "4,150" (Valley Courier) = 4150; a difference of 45; the same digits, two of them swapped (a typing slip?) [same_fact/figure.opened]
    "The Kestrel Run, the studio's new thriller, opened in 4,105 theaters across North America on Friday."
    s/b.md:5:27: "The Kestrel Run opened in 4,150 theatres across North America on Friday and debuted on 9,000 screens."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
