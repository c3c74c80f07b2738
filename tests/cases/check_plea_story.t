# A guilty plea told by three outlets (articles written for this test; the
# people are made up): justice.rules reads the day the former adviser
# pleaded guilty, named by weekday in each.  Two outlets name Friday; the
# third names Thursday (a discrepancy).  A plea he "will" make in another
# case, and his not-guilty plea, make no claims.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-09
source: Harbour Wire
---
Former adviser Tom Berg pleaded guilty on Friday to lying to auditors.

Berg will plead guilty in a second case next month.
--- file: s/b.md
---
date: 2025-06-09
source: Valley Courier
---
Prosecutors spoke on Monday about Tom Berg, who pleaded guilty on Friday to misleading auditors.
--- file: s/c.md
---
date: 2025-06-09
source: Morning Ledger
---
Former adviser Tom Berg, 51, pleaded guilty Thursday in federal court. In May, Berg pleaded not guilty on a tax charge.
--- expect
s/a.md:5:43: consistent: "Friday" (Harbour Wire) = 2025-06-06 agrees with "Friday" (Valley Courier) = 2025-06-06; 2 outlets agree (2 claims) [relative_date/plea.date]
    "Former adviser Tom Berg pleaded guilty on Friday to lying to auditors."
    s/b.md:5:67: "Prosecutors spoke on Monday about Tom Berg, who pleaded guilty on Friday to misleading auditors."

s/c.md:5:45: warning: "Thursday" (Morning Ledger) = 2025-06-05, but "Friday" (Harbour Wire) = 2025-06-06; 1 day apart [relative_date/plea.date]
    "Former adviser Tom Berg, 51, pleaded guilty Thursday in federal court."
    s/a.md:5:43: "Former adviser Tom Berg pleaded guilty on Friday to lying to auditors."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
