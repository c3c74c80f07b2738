# (articles of 2008: the wide bounds of rates.csv before 2010, so the
# rates are compared with each other, not each with the bounds)
# a conversion's figures are as precise as two significant digits at
# least: "$10m (£8m)" and "$10m (£4m)" state two rates (1.25 and 2.5),
# though "$10m" alone could be rounded to the ten million
args: check --fail-on warning a.md b.md
exit: 1
--- file: a.md
---
date: 2008-05-03
source: Harbour Ledger
---
The museum's new wing in Lisbon cost $10m (£8m), its director said.
--- file: b.md
---
date: 2008-05-03
source: Valley Gazette
---
The new wing of the museum in Lisbon cost $10m (£4m), the director said.
--- expect
a.md:5:38: warning: "$10m (£8m)" (Harbour Ledger) = 1 GBP = 1.25 USD, but "$10m (£4m)" (Valley Gazette) = 1 GBP = 2.5 USD (tolerance 5%) [exchange_rate/builtin.rate]
    "The museum's new wing in Lisbon cost $10m (£8m), its director said."
    b.md:5:43: "The new wing of the museum in Lisbon cost $10m (£4m), the director said."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
--- stderr
