# A withdrawal told by three outlets (articles written for this test):
# tolls.rules reads how many troops leave a country, keyed by that
# country.  Two outlets agree on 1,500; the third gives 1,800 (a
# discrepancy).  Half of the troops, or troops sent elsewhere, make no
# claim.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-01-20
source: Harbour Wire
---
The government will pull all 1,500 troops out of Chile by the spring, officials said.
--- file: s/b.md
---
date: 2025-01-20
source: Valley Courier
---
The minister announced plans to withdraw about 1,500 Norwegian troops from Chile. Half of them will move to Peru.
--- file: s/c.md
---
date: 2025-01-20
source: Morning Ledger
---
The government plans to bring home 1,800 troops from Chile, the minister said.
--- expect
s/a.md:5:30: warning: "1,500" (Harbour Wire) = 1500, but "1,800" (Morning Ledger) = 1800; a difference of 300 [same_fact/troops.withdrawn]
    "The government will pull all 1,500 troops out of Chile by the spring, officials said."
    s/c.md:5:36: "The government plans to bring home 1,800 troops from Chile, the minister said."
s/a.md:5:30: consistent: "1,500" (Harbour Wire) = 1500 agrees with "about 1,500" (Valley Courier) = about 1500; 2 outlets agree (2 claims) [range_qualifier/troops.withdrawn]
    "The government will pull all 1,500 troops out of Chile by the spring, officials said."
    s/b.md:5:42: "The minister announced plans to withdraw about 1,500 Norwegian troops from Chile."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
