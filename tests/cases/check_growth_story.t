# An economy's growth told by three outlets (articles written for this
# test): economy.rules reads Norway's growth in the fourth quarter and in
# the year.  Two outlets agree on the quarter; the third gives 0.5% (a
# discrepancy).  "Last year" and "in 2024" are one year and agree; the
# third outlet's figure for 2023 is another year's growth, no
# discrepancy.  An annualised rate and a forecast make no claim.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-02-14
source: Harbour Wire
---
Norway's economy grew 0.3% in the fourth quarter, the statistics agency said on Friday.

Norway's economy grew 1.4% last year. It is forecast to grow 1.8% in 2025.
--- file: s/b.md
---
date: 2025-02-14
source: Valley Courier
---
Norway's gross domestic product rose by 0.3% in the fourth quarter, an annualised rate of 1.2%.

Over the whole year, Norway's economy grew 1.4% in 2024, the agency said.
--- file: s/c.md
---
date: 2025-02-14
source: Morning Ledger
---
Norway's economy expanded by 0.5% in the fourth quarter, official figures showed on Friday.

Norway's economy grew 1.1% in 2023, before the slowdown.
--- expect
s/a.md:5:23: warning: "0.3%" (Harbour Wire) = 0.3%, but "0.5%" (Morning Ledger) = 0.5%; a difference of 0.2 points [same_fact/economy.growth]
    "Norway's economy grew 0.3% in the fourth quarter, the statistics agency said on Friday."
    s/c.md:5:30: "Norway's economy expanded by 0.5% in the fourth quarter, official figures showed on Friday."
s/a.md:7:23: consistent: "1.4%" (Harbour Wire) = 1.4% agrees with "1.4%" (Valley Courier) = 1.4%; 2 outlets agree (2 claims) [same_fact/economy.growth]
    "Norway's economy grew 1.4% last year."
    s/b.md:7:44: "Over the whole year, Norway's economy grew 1.4% in 2024, the agency said."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
