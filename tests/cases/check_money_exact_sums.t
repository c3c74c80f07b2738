# a sum under a million is taken as written (two significant digits at
# least): "fined £5,000" against "fined £10,000" is a discrepancy
# (regression: as 2.5-7.5k and 5-15k they "agreed"); millions and
# billions are still taken as rounded ("$3bn" agrees with "$3.2bn")
args: check --show all --fail-on none a.md b.md
exit: 0
--- file: a.md
---
date: 2025-02-11
source: A
---
Builder Tom Harlow was fined £5,000 by magistrates on Monday. Northwind agreed to buy the port operator in a $3bn deal.
--- file: b.md
---
date: 2025-02-11
source: B
---
Builder Tom Harlow was fined £10,000 by magistrates on Monday. Northwind agreed to buy the port operator in a $3.2bn deal.
--- expect
a.md:5:30: warning: "£5,000" (A) = 5000 GBP, but "£10,000" (B) = 10000 GBP; a difference of 5000 GBP (tolerance 2%) [same_fact/penalty.fine.person]
    "Builder Tom Harlow was fined £5,000 by magistrates on Monday."
    b.md:5:30: "Builder Tom Harlow was fined £10,000 by magistrates on Monday."
a.md:5:110: consistent: "$3bn" (A) = 3000000000 USD agrees with "$3.2bn" (B) = 3200000000 USD; 2 outlets agree (2 claims) [same_fact/deal.amount.deal]
    "Northwind agreed to buy the port operator in a $3bn deal."
    b.md:5:111: "Northwind agreed to buy the port operator in a $3.2bn deal."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 2 documents
--- stderr
