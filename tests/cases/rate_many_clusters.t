# (articles of 2008: the wide bounds of rates.csv before 2010, so the
# rates are compared with each other, not each with the bounds)
# an exchange rate far from the others is told even when the rate next to
# it is from an unrelated article (regression: with more than five
# clusters of rates only neighbours were compared, and the top rate,
# whose neighbour is b's, was never told against the article's own rates)
args: check --fail-on none a.md b.md
exit: 0
--- file: a.md
---
date: 2008-03-01
---
Finance minister Mark Ellison and his deputy, Sara Quayle, announced the grants.

The first grant was $120.5m (£100.2m), Mr Ellison said.

The second grant was $130.5m (£100.2m).

The third grant was $140.5m (£100.2m).

The fourth grant was $150.5m (£100.2m).

The fifth grant was $160.5m (£100.2m).

The last grant was $230.5m (£100.2m), Ms Quayle said.
--- file: b.md
---
date: 2008-03-02
---
Harbour chief Tom Okafor and engineer Lena Brandt opened the new dock.

The dock cost $180.5m (£100.2m), Mr Okafor said.
--- expect
a.md:6:21: warning: "$120.5m (£100.2m)" (a) = 1 GBP = 1.203 USD, but "$130.5m (£100.2m)" (a) = 1 GBP = 1.302 USD (tolerance 5%) [exchange_rate/builtin.rate]
    "The first grant was $120.5m (£100.2m), Mr Ellison said."
    a.md:8:22: "The second grant was $130.5m (£100.2m)."
a.md:8:22: warning: "$130.5m (£100.2m)" (a) = 1 GBP = 1.302 USD, but "$140.5m (£100.2m)" (a) = 1 GBP = 1.402 USD (tolerance 5%) [exchange_rate/builtin.rate]
    "The second grant was $130.5m (£100.2m)."
    a.md:10:21: "The third grant was $140.5m (£100.2m)."
a.md:10:21: warning: "$140.5m (£100.2m)" (a) = 1 GBP = 1.402 USD, but "$150.5m (£100.2m)" (a) = 1 GBP = 1.502 USD (tolerance 5%) [exchange_rate/builtin.rate]
    "The third grant was $140.5m (£100.2m)."
    a.md:12:22: "The fourth grant was $150.5m (£100.2m)."
a.md:12:22: warning: "$150.5m (£100.2m)" (a) = 1 GBP = 1.502 USD, but "$160.5m (£100.2m)" (a) = 1 GBP = 1.602 USD (tolerance 5%) [exchange_rate/builtin.rate]
    "The fourth grant was $150.5m (£100.2m)."
    a.md:14:21: "The fifth grant was $160.5m (£100.2m)."
a.md:14:21: warning: "$160.5m (£100.2m)" (a) = 1 GBP = 1.602 USD, but "$230.5m (£100.2m)" (a) = 1 GBP = 2.3 USD (tolerance 5%) [exchange_rate/builtin.rate]
    "The fifth grant was $160.5m (£100.2m)."
    a.md:16:20: "The last grant was $230.5m (£100.2m), Ms Quayle said."

5 discrepancies (0 errors, 5 warnings, 0 info), 0 consistent, 0 unverifiable in 2 documents
--- stderr
