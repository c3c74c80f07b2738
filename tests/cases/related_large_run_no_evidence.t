# a large run of unrelated stories (more than a story's handful of
# articles) compares two articles with no people and no proper words
# in common no more: a crash's time and a fire's time had been one
# fact "8 hours apart" (a QA case; --story-per-folder is the way to
# give several stories)
args: check --fail-on none --format text d
--- file: d/a.md
---
date: 2026-11-17
source: A
---
The crash happened at 6:40 a.m. (0540 GMT).
--- file: d/b.md
---
date: 2026-11-17
source: B
---
The fire broke out at 2:15 a.m. (2115 GMT).
--- file: d/n01.md
---
date: 2026-11-17
source: N01
---
Officials said 12 people were injured.
--- file: d/n02.md
---
date: 2026-11-17
source: N02
---
Officials said 12 people were injured.
--- file: d/n03.md
---
date: 2026-11-17
source: N03
---
Officials said 12 people were injured.
--- file: d/n04.md
---
date: 2026-11-17
source: N04
---
Officials said 12 people were injured.
--- file: d/n05.md
---
date: 2026-11-17
source: N05
---
Officials said 12 people were injured.
--- file: d/n06.md
---
date: 2026-11-17
source: N06
---
Officials said 12 people were injured.
--- file: d/n07.md
---
date: 2026-11-17
source: N07
---
Officials said 12 people were injured.
--- file: d/n08.md
---
date: 2026-11-17
source: N08
---
Officials said 12 people were injured.
--- file: d/n09.md
---
date: 2026-11-17
source: N09
---
Officials said 12 people were injured.
--- file: d/n10.md
---
date: 2026-11-17
source: N10
---
Officials said 12 people were injured.
--- file: d/n11.md
---
date: 2026-11-17
source: N11
---
Officials said 12 people were injured.
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 13 documents
