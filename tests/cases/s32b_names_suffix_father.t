# The story names Robert Altieri Jr. and his father Robert Altieri in
# full: "Mr Altieri" alone could be either, so his age meets neither.
args: check --fail-on none --format text --show all a.md b.md
--- file: a.md
---
date: 2025-02-15
source: A
---
Robert Altieri Jr., 45, met the mayor on Wednesday. His father, Robert Altieri, stayed at home.
--- file: b.md
---
date: 2025-02-15
source: B
---
The mayor met Mr Altieri, 47, on Wednesday.
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 2 documents
