# rules/rates.csv's rows by era: a pound at $0.75 in 2026 is outside the
# bounds of the pound since 2010 (a digit slipped), though inside the
# twofold bounds since 1971 that an article of 2005 is held to
args: check --fail-on none --format text a.md b.md
--- file: a.md
---
date: 2026-03-02
---
The chancellor announced a £20bn ($15bn) package of cuts.
--- file: b.md
---
date: 2005-03-02
---
The chancellor announced a £20bn ($15bn) package of cuts.
--- expect
a.md:4:28: warning: "£20bn ($15bn)" (a) = 1 USD = 1.333 GBP, outside the bounds rules/rates.csv gives the pound sterling and the US dollar (1 USD = 0.48 to 1.16 GBP): a lost scale or a slipped digit? [exchange_rate/builtin.rate]
    "The chancellor announced a £20bn ($15bn) package of cuts."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
