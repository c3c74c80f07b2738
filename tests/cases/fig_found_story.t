# A shipwreck's haul told by three outlets (articles written for this
# test; the places are made up): figures.rules reads the objects
# recovered, keyed by the noun.  Two outlets agree on 214 objects; the
# third gives 241 (a discrepancy).  Coins are counted apart from objects,
# and a part of a total ("of the 300 objects") makes no claim.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-10
source: Harbour Wire
---
Divers said 214 objects were recovered from the Kestrel wreck off Northtown.
--- file: s/b.md
---
date: 2025-06-10
source: Valley Courier
---
Divers working on the Kestrel wreck off Northtown recovered 214 objects from the hull, the museum said.

Of the 300 objects catalogued, 90 coins were found in one chest.
--- file: s/c.md
---
date: 2025-06-10
source: Morning Ledger
---
At the Kestrel wreck off Northtown, 241 objects have been recovered, the museum said.
--- expect
s/a.md:5:13: warning: "214" (Harbour Wire) = 214, but "241" (Morning Ledger) = 241; a difference of 27; the same digits, two of them swapped (a typing slip?) [same_fact/figure.found]
    "Divers said 214 objects were recovered from the Kestrel wreck off Northtown."
    s/c.md:5:37: "At the Kestrel wreck off Northtown, 241 objects have been recovered, the museum said."
s/a.md:5:13: consistent: "214" (Harbour Wire) = 214 agrees with "214" (Valley Courier) = 214; 2 outlets agree (2 claims) [same_fact/figure.found]
    "Divers said 214 objects were recovered from the Kestrel wreck off Northtown."
    s/b.md:5:61: "Divers working on the Kestrel wreck off Northtown recovered 214 objects from the hull, the museum said."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
