# an amount and its conversion in brackets imply an exchange rate: one
# story's conversions agree within their rounding and 5%, a slipped scale
# ("$1.8bn (£9.4m)") and another outlet's rate do not; ", or" pairs two
# figures, not one in two currencies, and makes no rate
args: check --show all --fail-on warning a.md b.md c.md
exit: 1
--- file: a.md
---
date: 2024-06-12
source: Harbour Ledger
---
Northwind Foods agreed to buy its rival Eastway for $5.3bn (£4.1bn), the firm said on Monday.

Eastway's chief executive will receive $21m (£16.4m), and its staff pension fund a one-off payment of $1.8bn (£9.4m).

Analysts said the group could save $400m, or £300m, a year.
--- file: b.md
---
date: 2024-06-12
source: City Courier
---
Northwind Foods will pay £4.6bn ($5.3bn) for Eastway.

The takeover values each Eastway share at 450 pence, or about $5.74.
--- file: c.md
---
date: 2024-06-13
source: Market Wire
---
The £4.15bn ($5.3bn) deal was announced on Monday, and a break fee of ¥2bn ($12.7m) was agreed.
--- expect
a.md:5:53: consistent: "$5.3bn (£4.1bn)" (Harbour Ledger) = 1 GBP = 1.293 USD agrees with "£4.15bn ($5.3bn)" (Market Wire) = 1 GBP = 1.277 USD; 2 outlets agree (3 claims) [exchange_rate/builtin.rate]
    "Northwind Foods agreed to buy its rival Eastway for $5.3bn (£4.1bn), the firm said on Monday."
    c.md:5:5: "The £4.15bn ($5.3bn) deal was announced on Monday, and a break fee of ¥2bn ($12.7m) was agreed."
a.md:7:103: warning: "$1.8bn (£9.4m)" (Harbour Ledger) = 1 GBP = 191.5 USD, outside the bounds rules/rates.csv gives the pound sterling and the US dollar (1 GBP = 0.8621 to 2.083 USD): a lost scale or a slipped digit? [exchange_rate/builtin.rate]
    "Eastway's chief executive will receive $21m (£16.4m), and its staff pension fund a one-off payment of $1.8bn (£9.4m)."

b.md:5:26: warning: "£4.6bn ($5.3bn)" (City Courier) = 1 GBP = 1.152 USD, but "$5.3bn (£4.1bn)" (Harbour Ledger) = 1 GBP = 1.293 USD (tolerance 5%) [exchange_rate/builtin.rate]
    "Northwind Foods will pay £4.6bn ($5.3bn) for Eastway."
    a.md:5:53: "Northwind Foods agreed to buy its rival Eastway for $5.3bn (£4.1bn), the firm said on Monday."

2 discrepancies (0 errors, 2 warnings, 0 info), 1 consistent, 0 unverifiable in 3 documents
--- stderr
