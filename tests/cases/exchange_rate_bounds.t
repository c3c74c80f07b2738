# one conversion on its own is tested against the bounds rules/rates.csv
# gives its two currencies for the article's year: a lost "m" or a slipped
# scale is a warning, a plausible rate says nothing; a currency with no
# row, or one whose bounds ended before the article's year, is not tested
args: check --show all --fail-on warning a.md b.md
exit: 1
--- file: a.md
---
date: 2022-03-08
source: Harbour Ledger
---
The film took $8.2 (£6.1m) in its first weekend in North America.

Its studio had paid ¥950m ($7.1m) for the rights, and spent €12m (£10.1m) on marketing.

The director's previous film earned 48m naira ($115,000) in Lagos.
--- file: b.md
---
date: 2009-10-30
source: Valley Gazette
---
A collector paid 2m Deutsche Marks ($1.3bn) for the painting in 1989, the auction house said.

The sculpture sold for $2.5m (£1.5m).
--- expect
a.md:5:15: warning: "$8.2 (£6.1m)" (Harbour Ledger) = 1 USD = 743902 GBP, outside the bounds rules/rates.csv gives the pound sterling and the US dollar (1 USD = 0.48 to 1.16 GBP): a lost scale or a slipped digit? [exchange_rate/builtin.rate]
    "The film took $8.2 (£6.1m) in its first weekend in North America."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
--- stderr
