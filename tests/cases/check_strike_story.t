# A rail strike told by three outlets (articles written for this test):
# disruption.rules reads how long the strike lasts.  Two outlets give 48
# hours; the third gives 24 (a discrepancy).  An earlier strike's length
# makes no claim.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-02
source: Harbour Wire
---
Rail workers in Northtown began a 48-hour strike on Monday over pay.

It follows a previous 24-hour strike in April.
--- file: s/b.md
---
date: 2025-06-02
source: Valley Courier
---
Trains across Northtown stood still as a 48-hour walkout by rail workers began on Monday.
--- file: s/c.md
---
date: 2025-06-02
source: Morning Ledger
---
Rail workers in Northtown staged a 24-hour strike on Monday.
--- expect
s/a.md:5:35: consistent: "48-hour" (Harbour Wire) = 2 days agrees with "48-hour" (Valley Courier) = 2 days; 2 outlets agree (2 claims) [same_fact/strike.duration]
    "Rail workers in Northtown began a 48-hour strike on Monday over pay."
    s/b.md:5:42: "Trains across Northtown stood still as a 48-hour walkout by rail workers began on Monday."

s/c.md:5:36: warning: "24-hour" (Morning Ledger) = 1 day, but "48-hour" (Harbour Wire) = 2 days; 1 day apart [same_fact/strike.duration]
    "Rail workers in Northtown staged a 24-hour strike on Monday."
    s/a.md:5:35: "Rail workers in Northtown began a 48-hour strike on Monday over pay."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
