# The story names two Harlans (Joe and his wife Mary): "Mr. Harlan" alone
# could be either's relative, so no join and no finding.
args: check --fail-on none --format text --show all a.md b.md
--- file: a.md
---
date: 2025-02-15
source: A
---
Former senator Joe Harlan, 75, met the governor on Wednesday. His wife, Mary Harlan, stayed at home.
--- file: b.md
---
date: 2025-02-15
source: B
---
The governor met Mr. Harlan, 78, on Wednesday.
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 2 documents
