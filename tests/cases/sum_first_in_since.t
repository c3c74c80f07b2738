# "for the first time in N years, since YEAR": both halves are read
# (previous_occurrence.first_in_since for the years, first_since for the
# year) and compared though they share a sentence; 112 years before
# 2025 is not 1905, 20 years is 2005.  One story a folder; articles
# written for this test.
args: check --story-per-folder --show all --fail-on none s/a s/b
--- file: s/a/x.md
---
date: 2025-06-02
source: Harbour Wire
---
Northtown won the cup on Saturday for the first time in 112 years, since 1905, the club said.
--- file: s/b/x.md
---
date: 2025-06-02
source: Valley Courier
---
Southby reached the final for the first time in 20 years, since 2005.
--- expect
s/a/x.md:5:74: warning: "1905" (Harbour Wire) = 1905, but "112 years" (Harbour Wire) = 2025-06-02 - P112Y = 1912-06-01 to 1913-12-01; 6.4 years apart; more than the 2 years rounding could explain [elapsed_time/previous_occurrence.first_since]
    "Northtown won the cup on Saturday for the first time in 112 years, since 1905, the club said."
    s/a/x.md:5:57: "Northtown won the cup on Saturday for the first time in 112 years, since 1905, the club said."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
