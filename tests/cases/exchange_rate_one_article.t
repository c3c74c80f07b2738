# two conversions in one sentence state one rate twice: a slipped figure
# among them is found inside the article, sentence or not; amounts in
# one currency, and a pair of two currencies with no other, make nothing.
# The first two conversions are tied to years other than the article's
# ("in 2021", "in 2022"), so each may be at its own year's rate: they are
# not compared with the article's present-day one ("$640m (£501m)")
args: check --show all --fail-on warning a.md
exit: 1
--- file: a.md
---
date: 2023-11-02
source: Valley Gazette
---
The charity paid its director $12.4m (£9.7m) in 2021 and $31.5m (£2.46m) in 2022.

Its auditors were paid €1.2m (£1.04m), and its lawyers €3m in all.

A rival fund, which manages $640m (£501m), declined to comment.
--- expect
a.md:5:58: warning: "$31.5m (£2.46m)" (Valley Gazette) = 1 GBP = 12.8 USD, outside the bounds rules/rates.csv gives the pound sterling and the US dollar (1 GBP = 0.8621 to 2.083 USD): a lost scale or a slipped digit? [exchange_rate/builtin.rate]
    "The charity paid its director $12.4m (£9.7m) in 2021 and $31.5m (£2.46m) in 2022."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 1 document
--- stderr
