# A tunnel closure told by three outlets (articles written for this test;
# the places are made up): event.rules reads how long the tunnel was
# closed.  Two outlets agree on six days; the third gives nine (a
# discrepancy).  A closure planned for next year makes no claim.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-10-02
source: Harbour Wire
---
The Northtown tunnel was closed for six days in March, officials said.
--- file: s/b.md
---
date: 2025-10-02
source: Valley Courier
---
The closure of the Northtown tunnel, which lasted for six days, caused long queues.

The tunnel will be closed for two weeks next year under a proposed repair plan.
--- file: s/c.md
---
date: 2025-10-02
source: Morning Ledger
---
The Northtown tunnel was shut for nine days in March.
--- expect
s/a.md:5:37: consistent: "six days" (Harbour Wire) = 6 days agrees with "six days" (Valley Courier) = 6 days; 2 outlets agree (2 claims) [same_fact/closure.duration]
    "The Northtown tunnel was closed for six days in March, officials said."
    s/b.md:5:55: "The closure of the Northtown tunnel, which lasted for six days, caused long queues."
s/a.md:5:37: warning: "six days" (Harbour Wire) = 6 days, but "nine days" (Morning Ledger) = 9 days; 3 days apart (tolerance 5%) [same_fact/closure.duration]
    "The Northtown tunnel was closed for six days in March, officials said."
    s/c.md:5:35: "The Northtown tunnel was shut for nine days in March."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
