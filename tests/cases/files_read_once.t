# a file named twice is read once, with a note naming the repeat: a
# folder given twice (the second spelling with ./ and a trailing slash), a
# file inside a folder also given; the counts are those of one reading
args: check --format text --show all --color never story ./story/ story/b.md
exit: 0
--- file: story/a.md
---
date: 2025-03-03
source: Harbour Post
---
The ferry service resumed on Friday, February 28, after a two-week halt.
--- file: story/b.md
---
date: 2025-03-03
source: Valley Wire
---
The ferry service resumed on Thursday, February 27, after a two-week halt.
--- expect
story/a.md:5:30: consistent: 2025-02-28 is a Friday, as the article says (year 2025 taken from the publication date) [weekday_date/builtin.weekday]
    "The ferry service resumed on Friday, February 28, after a two-week halt."

story/b.md:5:30: consistent: 2025-02-27 is a Thursday, as the article says (year 2025 taken from the publication date) [weekday_date/builtin.weekday]
    "The ferry service resumed on Thursday, February 27, after a two-week halt."

0 discrepancies (0 errors, 0 warnings, 0 info), 2 consistent, 0 unverifiable in 2 documents
--- stderr
claimcheck: warning: ./story/a.md: the same file as story/a.md (read once)
claimcheck: warning: ./story/b.md: the same file as story/b.md (read once)
claimcheck: warning: story/b.md: named twice (read once)
