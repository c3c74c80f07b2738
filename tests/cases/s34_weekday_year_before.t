# a past tense puts a date two days after the publication date in the
# year before: the note says so ("the last such date before the
# publication date"), where it said "the nearest to the publication
# date", which that year is not (a QA case); a day after publication
# stays this year, and its wrong weekday is an error
args: check --fail-on none --show all --format text a.md
--- file: a.md
---
date: 2026-06-09
source: Wire A
---
He was arrested on Wednesday, June 11, police said.

Two men were detained on Tuesday, June 10, police said.
--- expect
a.md:5:20: consistent: 2025-06-11 is a Wednesday, as the article says (year 2025, the last such date before the publication date) [weekday_date/builtin.weekday]
    "He was arrested on Wednesday, June 11, police said."
a.md:7:26: error: 2026-06-10 is a Wednesday, but the article says Tuesday (year 2026 taken from the publication date) [weekday_date/builtin.weekday]
    "Two men were detained on Tuesday, June 10, police said."

1 discrepancy (1 error, 0 warnings, 0 info), 1 consistent, 0 unverifiable in 1 document
