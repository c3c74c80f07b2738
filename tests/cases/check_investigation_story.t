# The end of an inquiry told by three outlets (articles written for this
# test; the names are made up): justice.rules reads how long the
# investigation ran.  "A three-year investigation" agrees with "more than
# three years of investigation"; the third outlet's "20-month inquiry" does
# not (a discrepancy).  A separate review by a watchdog is not the
# story's investigation.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-05-20
source: Harbour Wire
---
Prosecutor Lia Sorn closed the case against the water board on Monday after a three-year investigation.
--- file: s/b.md
---
date: 2025-05-20
source: Valley Courier
---
After more than three years of investigation, prosecutor Lia Sorn said no charges would be brought against the water board.

A separate six-month review by the watchdog continues.
--- file: s/c.md
---
date: 2025-05-20
source: Morning Ledger
---
Prosecutor Lia Sorn ended the 20-month inquiry into the water board on Monday.
--- expect
s/a.md:5:79: consistent: "three-year" (Harbour Wire) = 3 years agrees with "more than three years" (Valley Courier) = more than 3 years; 2 outlets agree (2 claims) [range_qualifier/investigation.duration]
    "Prosecutor Lia Sorn closed the case against the water board on Monday after a three-year investigation."
    s/b.md:5:7: "After more than three years of investigation, prosecutor Lia Sorn said no charges would be brought against the water board."

s/c.md:5:27: warning: "the 20-month" (Morning Ledger) = 20 months, but "more than three years" (Valley Courier) = more than 3 years; 16 months apart (tolerance 5%) [same_fact/investigation.duration]
    "Prosecutor Lia Sorn ended the 20-month inquiry into the water board on Monday."
    s/b.md:5:7: "After more than three years of investigation, prosecutor Lia Sorn said no charges would be brought against the water board."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
