# Two outlets on one country's figures (articles written for this test):
# one names the country in the rate's sentence, the other only elsewhere
# in an article about that one country (economy.rules' .unnamed rules key
# the rate by it): 3.4% against 3.6% inflation is a discrepancy, and the
# central bank's 4.75% agrees.  The third outlet names two countries:
# its rates are nobody's.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-04-15
source: Harbour Wire
---
Norway's inflation rate rose to 3.4% in March. Norway's central bank raised its key rate to 4.75% on Thursday.
--- file: s/b.md
---
date: 2025-04-15
source: Valley Courier
---
Prices in Norway kept climbing last month.

Inflation rose to 3.6% in March. The central bank raised its key rate to 4.75% on Thursday.
--- file: s/c.md
---
date: 2025-04-15
source: Morning Ledger
---
Norway's exports to Sweden fell last month.

Inflation rose to 3.9% in March. The central bank raised its key rate to 5% on Thursday.
--- expect
s/a.md:5:33: warning: "3.4%" (Harbour Wire) = 3.4%, but "3.6%" (Valley Courier) = 3.6%; a difference of 0.2 points [same_fact/rate.inflation]
    "Norway's inflation rate rose to 3.4% in March."
    s/b.md:7:19: "Inflation rose to 3.6% in March."
s/a.md:5:93: consistent: "4.75%" (Harbour Wire) = 4.75% agrees with "4.75%" (Valley Courier) = 4.75%; 2 outlets agree (2 claims) [same_fact/rate.interest.country]
    "Norway's central bank raised its key rate to 4.75% on Thursday."
    s/b.md:7:74: "The central bank raised its key rate to 4.75% on Thursday."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
