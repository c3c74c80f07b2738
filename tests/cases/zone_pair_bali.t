# Bali keeps Central Indonesian time (Asia/Makassar, UTC+8), not
# Jakarta's UTC+7 (a wrong row made a right conversion an error)
args: check --fail-on none --show all --format text a.md
--- file: a.md
---
date: 2025-09-14
place: Bali
---
The ferry capsized at 2:30 a.m. local time on Sunday (1830 GMT Saturday) off the coast of Bali.
--- expect
a.md:5:23: consistent: 02:30 in Asia/Makassar on 2025-09-14 is 18:30 on 2025-09-13 UTC (WITA, UTC+8), as the article gives it (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "The ferry capsized at 2:30 a.m. local time on Sunday (1830 GMT Saturday) off the coast of Bali."

0 discrepancies (0 errors, 0 warnings, 0 info), 1 consistent, 0 unverifiable in 1 document
