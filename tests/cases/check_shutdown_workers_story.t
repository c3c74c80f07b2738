# A government shutdown told by three outlets (articles written for this
# test): economy.rules reads how many workers the shutdown left unpaid.
# Two outlets agree on 600,000; the third gives 700,000 (a discrepancy).
# A part of the total ("250,000 of the 600,000") makes no claim.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-01-20
source: Harbour Wire
---
The shutdown entered its third week, leaving 600,000 federal workers without pay.
--- file: s/b.md
---
date: 2025-01-20
source: Valley Courier
---
The partial shutdown has furloughed 600,000 government employees. Some 250,000 of the 600,000 federal employees still report to work.
--- file: s/c.md
---
date: 2025-01-20
source: Morning Ledger
---
The shutdown has left 700,000 federal employees furloughed or working unpaid.
--- expect
s/a.md:5:46: warning: "600,000" (Harbour Wire) = 600000, but "700,000" (Morning Ledger) = 700000; a difference of 100000 [same_fact/shutdown.workers]
    "The shutdown entered its third week, leaving 600,000 federal workers without pay."
    s/c.md:5:23: "The shutdown has left 700,000 federal employees furloughed or working unpaid."
s/a.md:5:46: consistent: "600,000" (Harbour Wire) = 600000 agrees with "600,000" (Valley Courier) = 600000; 2 outlets agree (2 claims) [same_fact/shutdown.workers]
    "The shutdown entered its third week, leaving 600,000 federal workers without pay."
    s/b.md:5:37: "The partial shutdown has furloughed 600,000 government employees."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
