# A stake in a club told by three outlets (articles written for this test;
# the people and firms are made up): money.rules reads the share each
# holder owns, keyed by the holder.  Two outlets give the investor 31.4%;
# the third gives 32.4% (a discrepancy).  A second holder's 12% is a
# different key, and a stake the investor "plans to sell" makes no claim.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-02-11
source: Harbour Wire
---
Investor Laura Brandt and her family hold a 31.4% stake in the club.

Financier Peter Moss owns 12% of the club through a holding company.
--- file: s/b.md
---
date: 2025-02-11
source: Valley Courier
---
Laura Brandt, who already owns 31.4% of the club, made an offer on Monday.

Financier Peter Moss plans to sell a 10% stake.
--- file: s/c.md
---
date: 2025-02-11
source: Morning Ledger
---
Investor Laura Brandt owns a 32.4% stake in the club, filings show.
--- expect
s/a.md:5:45: consistent: "31.4%" (Harbour Wire) = 31.4% agrees with "31.4%" (Valley Courier) = 31.4%; 2 outlets agree (2 claims) [same_fact/stake.share]
    "Investor Laura Brandt and her family hold a 31.4% stake in the club."
    s/b.md:5:32: "Laura Brandt, who already owns 31.4% of the club, made an offer on Monday."
s/a.md:5:45: warning: "31.4%" (Harbour Wire) = 31.4%, but "32.4%" (Morning Ledger) = 32.4%; a difference of 1 points (tolerance 0.5) [same_fact/stake.share]
    "Investor Laura Brandt and her family hold a 31.4% stake in the club."
    s/c.md:5:30: "Investor Laura Brandt owns a 32.4% stake in the club, filings show."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
