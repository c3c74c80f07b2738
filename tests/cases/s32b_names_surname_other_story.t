# Two stories (one folder each): a surname alone is never joined to a
# full name of another story.
args: check --story-per-folder --fail-on none --format text --show all one two
--- file: one/a.md
---
date: 2025-02-15
source: A
---
Former senator Joe Harlan, 75, met the governor on Wednesday.
--- file: two/b.md
---
date: 2025-02-15
source: B
---
The coach praised Mr. Harlan, 78, after the match on Wednesday.
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 2 documents
