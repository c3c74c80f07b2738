# checks.csv's raise_after: "since 1994" against "in 25 years" (late
# 1998 to early 2000) is 3.8 years off, more than rounding, so a
# warning, not the info a year's rounding gets; "in 28 years" (late 1995
# to early 1997) is 9 months off, and stays info
# (a QA case: "since 1988" against "in 30 years" was only info)
args: check --fail-on none --show all --format text d
--- file: d/a.md
---
date: 2024-10-02
source: Wire A
---
It was the worst storm to hit the coast since 1994.
--- file: d/b.md
---
date: 2024-10-02
source: Paper B
---
It was the worst storm to hit the coast in 25 years.
--- file: d/c.md
---
date: 2024-10-02
source: Radio C
---
It was the worst storm to hit the coast in 28 years.
--- expect
d/a.md:5:47: info: "1994" (Wire A) = 1994, but "28 years" (Radio C) = 2024-10-02 - P28Y = 1995-10-02 to 1997-04-02; 9 months apart [elapsed_time/superlative.since]
    "It was the worst storm to hit the coast since 1994."
    d/c.md:5:44: "It was the worst storm to hit the coast in 28 years."
d/a.md:5:47: warning: "1994" (Wire A) = 1994, but "25 years" (Paper B) = 2024-10-02 - P25Y = 1998-10-01 to 2000-04-01; 3.8 years apart; more than the 2 years rounding could explain [elapsed_time/superlative.since]
    "It was the worst storm to hit the coast since 1994."
    d/b.md:5:44: "It was the worst storm to hit the coast in 25 years."

d/c.md:5:44: warning: "28 years" (Radio C) = 2024-10-02 - P28Y = 1995-10-02 to 1997-04-02, but "25 years" (Paper B) = 2024-10-02 - P25Y = 1998-10-01 to 2000-04-01; 3 years apart; more than the 2 years rounding could explain [elapsed_time/superlative.in]
    "It was the worst storm to hit the coast in 28 years."
    d/b.md:5:44: "It was the worst storm to hit the coast in 25 years."

3 discrepancies (0 errors, 2 warnings, 1 info), 0 consistent, 0 unverifiable in 3 documents
