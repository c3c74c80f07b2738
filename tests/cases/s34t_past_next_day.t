# A past-tense date one day after the publication date (a dateline's
# zone, a story filed overnight) is this year's, not last year's: the
# weekday beside it is checked against this year's day (article written
# for this test).
args: check --fail-on none s
--- file: s/a.md
---
date: 2025-03-04
source: Coast Herald
---
Two guards were hurt on Thursday, March 5, the ministry said.

Four men were detained on Wednesday, March 5, police said.
--- expect
s/a.md:5:25: error: 2025-03-05 is a Wednesday, but the article says Thursday (year 2025 taken from the publication date) [weekday_date/builtin.weekday]
    "Two guards were hurt on Thursday, March 5, the ministry said."

1 discrepancy (1 error, 0 warnings, 0 info), 1 consistent, 0 unverifiable in 1 document
