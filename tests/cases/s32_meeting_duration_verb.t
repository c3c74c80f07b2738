# A meeting's length told two ways by two outlets (articles written for
# this test; the people are made up): "met for over an hour" and "talks,
# which lasted more than an hour" are one fact.  A third outlet's "have
# met for years" is a habit, not this meeting, and makes no claim.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-02-15
source: Harbour Wire
---
The premier and the opposition leader met for over an hour on Friday, aides said.
--- file: s/b.md
---
date: 2025-02-15
source: Valley Courier
---
Their talks on Friday, which lasted more than an hour, ended without a deal.
--- file: s/c.md
---
date: 2025-02-15
source: Morning Ledger
---
The two rivals, who have met for years at the lakeside lodge, talked about the budget.
--- expect
s/a.md:5:47: consistent: "over an hour" (Harbour Wire) = more than 1 hour agrees with "more than an hour" (Valley Courier) = more than 1 hour; 2 outlets agree (2 claims) [range_qualifier/event.duration.met]
    "The premier and the opposition leader met for over an hour on Friday, aides said."
    s/b.md:5:37: "Their talks on Friday, which lasted more than an hour, ended without a deal."

0 discrepancies (0 errors, 0 warnings, 0 info), 1 consistent, 0 unverifiable in 3 documents
