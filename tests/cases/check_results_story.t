# A company's annual results told by three outlets (articles written for
# this test; the firm is made up): results.rules keys each figure by its
# kind and period.  The annual pre-tax profit differs in one outlet
# (£1.42bn against £1.24bn); revenue agrees to its rounding (£8.9bn,
# £8.93bn); the quarter's net profit is never compared with the year's;
# the analysts' forecast and the year-earlier figure make no claims.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-02-20
source: Harbour Wire
---
Northbank reported an annual pre-tax profit of £1.24bn on Thursday, up from £1.1bn a year earlier.

Its full-year revenue rose 4% to £8.9bn. Net profit was £210m in the fourth quarter.
--- file: s/b.md
---
date: 2025-02-20
source: Valley Courier
---
Northbank said annual pre-tax profits rose to £1.42bn, beating the £1.3bn analysts had expected.

Revenue for the year rose to £8.93bn, the bank said.
--- file: s/c.md
---
date: 2025-02-20
source: Morning Ledger
---
Northbank's full-year pre-tax profit climbed to £1.24bn. Analysts expect annual profits of £1.5bn next year.

The bank's net profit for the year was £890m.
--- expect
s/a.md:5:48: consistent: "£1.24bn" (Harbour Wire) = 1240000000 GBP agrees with "£1.24bn" (Morning Ledger) = 1240000000 GBP; 2 outlets agree (2 claims) [same_fact/results.pretax_profit.year]
    "Northbank reported an annual pre-tax profit of £1.24bn on Thursday, up from £1.1bn a year earlier."
    s/c.md:5:49: "Northbank's full-year pre-tax profit climbed to £1.24bn."
s/a.md:5:48: warning: "£1.24bn" (Harbour Wire) = 1240000000 GBP, but "£1.42bn" (Valley Courier) = 1420000000 GBP; a difference of 180 million GBP (tolerance 1%); the same digits, two of them swapped (a typing slip?) [same_fact/results.pretax_profit.year]
    "Northbank reported an annual pre-tax profit of £1.24bn on Thursday, up from £1.1bn a year earlier."
    s/b.md:5:47: "Northbank said annual pre-tax profits rose to £1.42bn, beating the £1.3bn analysts had expected."
s/a.md:7:34: consistent: "£8.9bn" (Harbour Wire) = 8900000000 GBP agrees with "£8.93bn" (Valley Courier) = 8930000000 GBP; 2 outlets agree (2 claims) [same_fact/results.revenue.year]
    "Its full-year revenue rose 4% to £8.9bn."
    s/b.md:7:30: "Revenue for the year rose to £8.93bn, the bank said."

1 discrepancy (0 errors, 1 warning, 0 info), 2 consistent, 0 unverifiable in 3 documents
