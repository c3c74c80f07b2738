# a negative conversion in brackets keeps its sign: "-15C (-5F)" is
# wrong (-15C = 5F), "-20C (-4F)" is right
args: check --show all a.md
exit: 1
--- file: a.md
---
date: 2025-01-18
source: Weather Desk
---
Temperatures would drop to -15C (-5F) overnight.

By dawn it was -20C (-4F) in the valley.
--- expect
a.md:5:28: error: -15 °C = 5.00 °F, not -5 °F as the article gives it [unit_pair/builtin.unit_pair]
    "Temperatures would drop to -15C (-5F) overnight."
a.md:7:16: consistent: -20 °C = -4.00 °F, and the article gives -4 °F [unit_pair/builtin.unit_pair]
    "By dawn it was -20C (-4F) in the valley."

1 discrepancy (1 error, 0 warnings, 0 info), 1 consistent, 0 unverifiable in 1 document
--- stderr
