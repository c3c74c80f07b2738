# "Mr Altieri" in an outlet that never gives his first name is not
# joined to Robert Altieri Jr. of another outlet: a surname alone beside
# a Jr. is the father as often as the son ("Mr. Trump" beside "Donald
# Trump Jr.").  Inside one article it is the son (s32b_names_suffix_same_article).
args: check --fail-on none --format text --show all a.md b.md
--- file: a.md
---
date: 2025-02-15
source: A
---
Robert Altieri Jr., 45, met the mayor on Wednesday.
--- file: b.md
---
date: 2025-02-15
source: B
---
The mayor met Mr Altieri, 47, on Wednesday.
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 2 documents
