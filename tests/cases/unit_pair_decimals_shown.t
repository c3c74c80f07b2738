# a conversion is shown to a decimal more than the article's converted
# figure gives ("41.3C (106.3F)": 106.34 F), not rounded to "106 F"
# beside the article's 106.3, which read as a mismatch
args: check --fail-on none --show all --format text a.md
--- file: a.md
---
date: 2026-07-14
---
The temperature reached 41.3C (106.3F) in the city on Monday, and 38C (100F) the next day.
--- expect
a.md:4:25: consistent: 41.3 °C = 106.34 °F, and the article gives 106.3 °F [unit_pair/builtin.unit_pair]
    "The temperature reached 41.3C (106.3F) in the city on Monday, and 38C (100F) the next day."
a.md:4:67: consistent: 38 °C = 100 °F, and the article gives 100 °F [unit_pair/builtin.unit_pair]
    "The temperature reached 41.3C (106.3F) in the city on Monday, and 38C (100F) the next day."

0 discrepancies (0 errors, 0 warnings, 0 info), 2 consistent, 0 unverifiable in 1 document
