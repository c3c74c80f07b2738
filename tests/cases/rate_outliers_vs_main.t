# (articles of 2008: the wide bounds of rates.csv before 2010, so the
# rates are compared with each other, not each with the bounds)
# in a rate group of many clusters each rate far outside the main
# cluster's (the one of most outlets) is told against it: a conversion
# with its currencies swapped and one 30% off, though unrelated articles'
# rates (u1..u3) lie between them and the main cluster (regression: only
# clusters at most four apart were paired, and the swapped one, five
# away, went untold while the other was told twice)
args: check --fail-on none m1.md m2.md m3.md m4.md n1.md o1.md o2.md u1.md u2.md u3.md
exit: 0
--- file: m1.md
---
date: 2008-05-01
source: Eastfield Post
---
Trade minister Alan Ferris opened the port on Monday.

The port cost $95m (£50m), Mr Ferris said.

Its new crane alone cost $19m (£10m).
--- file: m2.md
---
date: 2008-05-01
source: North Ledger
---
Trade minister Alan Ferris opened the port.

The port cost about $96m (£50.5m), Mr Ferris said, and the harbour wall $38.2m (£20m).
--- file: m3.md
---
date: 2008-05-02
source: Coast Courier
---
Trade minister Alan Ferris and mayor Rita Osei toured the port.

The rail spur cost $57.5m (£30m), Ms Osei said.

A new ferry terminal will cost $76m (£40m).
--- file: m4.md
---
date: 2008-05-02
source: Valley Herald
---
Mayor Rita Osei praised the port.

The city paid $28.4m (£15m) towards the roads, Ms Osei said, and $9.6m (£5m) for a park.
--- file: n1.md
---
date: 2008-05-04
source: Moor Review
---
Trade minister Alan Ferris named the contractor.

The dredging contract is worth $20m (£10m), Mr Ferris said.
--- file: o1.md
---
date: 2008-05-03
source: Bay Times
---
Mayor Rita Osei announced a bridge.

The bridge will cost $20.05m (£38.1m), Ms Osei said.
--- file: o2.md
---
date: 2008-05-03
source: Hill Gazette
---
Trade minister Alan Ferris spoke of the budget.

The budget for schools is $13.31m (£10.02m), Mr Ferris said.
--- file: u1.md
---
date: 2008-05-03
source: River Daily
---
Football coach Dan Whitlow signed a striker.

The striker cost $15.04m (£10.03m), Mr Whitlow said.
--- file: u2.md
---
date: 2008-05-04
source: Plain Weekly
---
Singer Nora Blix bought a villa.

The villa cost $16.81m (£10.02m), Ms Blix said.
--- file: u3.md
---
date: 2008-05-04
source: Lake Observer
---
Novelist Ivo Brandt sold his archive.

The archive fetched $11.05m (£10.02m), Mr Brandt said.
--- expect
o1.md:7:22: warning: "$20.05m (£38.1m)" (Bay Times) = 1 USD = 1.9 GBP, but "$9.6m (£5m)" (Valley Herald) = 1 USD = 0.5208 GBP (tolerance 5%) [exchange_rate/builtin.rate]
    "The bridge will cost $20.05m (£38.1m), Ms Osei said."
    m4.md:7:66: "The city paid $28.4m (£15m) towards the roads, Ms Osei said, and $9.6m (£5m) for a park."

o2.md:7:27: warning: "$13.31m (£10.02m)" (Hill Gazette) = 1 GBP = 1.328 USD, but "about $96m (£50.5m)" (North Ledger) = 1 GBP = 1.901 USD (tolerance 5%) [exchange_rate/builtin.rate]
    "The budget for schools is $13.31m (£10.02m), Mr Ferris said."
    m2.md:7:15: "The port cost about $96m (£50.5m), Mr Ferris said, and the harbour wall $38.2m (£20m)."

2 discrepancies (0 errors, 2 warnings, 0 info), 2 consistent, 0 unverifiable in 10 documents
