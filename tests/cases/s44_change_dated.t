# a change told after the figure it reached, with the figure's date
# between them: "fell to 212 last year, down 21% from 259", "$31.5m in
# 2023, down 45% from $65.6m"; the date belongs to the figure reached,
# and a year after "from" is still no figure
args: check --show all a.md
exit: 0
--- file: a.md
---
date: 2026-03-02
source: City Desk
---
Murders in the city fell to 212 last year, down 21% from 259, police said.

Sales were $31.5m in 2023, down 45% from $65.6m.

Burglaries fell to 300 in 2025, down 10% from 333.

Profit was $5 million last year, up 8% from 2019.
--- expect
a.md:5:29: warning: 212 last year, down 21% from 259: from 259 to 212 is a fall of 18%, not 21% [percent_change/builtin.percent_change]
    "Murders in the city fell to 212 last year, down 21% from 259, police said."
a.md:7:12: warning: $31.5m in 2023, down 45% from $65.6m: from $65.6m to $31.5m is a fall of 52%, not 45% [percent_change/builtin.percent_change]
    "Sales were $31.5m in 2023, down 45% from $65.6m."
a.md:9:20: consistent: 300 in 2025, down 10% from 333: from 333 to 300 is a fall of 9.9% [percent_change/builtin.percent_change]
    "Burglaries fell to 300 in 2025, down 10% from 333."

2 discrepancies (0 errors, 2 warnings, 0 info), 1 consistent, 0 unverifiable in 1 document
