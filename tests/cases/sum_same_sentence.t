# A time told twice in one sentence by two phrases, once as years elapsed
# before the article's date and once as the year itself
# (previous_occurrence: "for the first time in 23 years; ... its first
# trophy since 1990" in 2025 is 35 years): compared, a discrepancy, and
# the same told rightly, nothing flagged.  Two years
# told outright in one sentence ("in 2011 and in 2019") are never
# compared with each other (one story a folder; articles written for
# this test).
args: check --story-per-folder --show all --fail-on none s/a s/b s/c
--- file: s/a/x.md
---
date: 2025-03-12
source: Harbour Wire
---
Ashford won the cup for the first time in 23 years; it was the club's first trophy since 1990.
--- file: s/b/x.md
---
date: 2025-03-12
source: Valley Courier
---
Dale won the title for the first time in 12 years; it was the club's first title since 2013.
--- file: s/c/x.md
---
date: 2025-03-12
source: Coast Post
---
The two leaders last met in 2011 and in 2019.
--- expect
s/a/x.md:5:90: warning: "1990" (Harbour Wire) = 1990, but "23 years" (Harbour Wire) = 2025-03-12 - P23Y = 2001-03-11 to 2002-09-10; 10.2 years apart; more than the 2 years rounding could explain [elapsed_time/previous_occurrence.first_since]
    "Ashford won the cup for the first time in 23 years; it was the club's first trophy since 1990."
    s/a/x.md:5:43: "Ashford won the cup for the first time in 23 years; it was the club's first trophy since 1990."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 3 documents
