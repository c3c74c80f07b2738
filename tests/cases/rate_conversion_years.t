# two conversions in one sentence, each tied to its own year ("a loss in
# 2009 ... a profit the following year"), may each be at that year's rate:
# they are not compared (regression: a false "exchange_rate" warning); a
# conversion tied to the article's own year is still compared with the
# article's other conversions; a year before the amount counts too ("In
# 2011 the group had paid 80bn yen ($1.0bn)", a QA case)
args: check --show all --fail-on none a.md
exit: 0
--- file: a.md
---
date: 2024-03-01
---
The carmaker turned a 500bn yen ($4.6bn) loss in 2009 into a 250bn yen ($2.8bn) profit the following year.

It expects a 300bn yen ($2.0bn) profit in 2024, up from 120bn yen ($1.1bn).

In 2011 the group had paid 80bn yen ($1.0bn) for the plant.
--- expect
a.md:6:14: warning: "300bn yen ($2.0bn)" (a) = 1 USD = 150 JPY, but "120bn yen ($1.1bn)" (a) = 1 USD = 109.1 JPY (tolerance 5%) [exchange_rate/builtin.rate]
    "It expects a 300bn yen ($2.0bn) profit in 2024, up from 120bn yen ($1.1bn)."
    a.md:6:57: "It expects a 300bn yen ($2.0bn) profit in 2024, up from 120bn yen ($1.1bn)."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 1 document
--- stderr
