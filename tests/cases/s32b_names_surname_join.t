# One outlet names the senator in full, another only as "Mr. Harlan": the
# story names one Harlan, so the surname-keyed age joins the full name's
# and the two ages disagree.
args: check --fail-on none --format text --show all a.md b.md
--- file: a.md
---
date: 2025-02-15
source: A
---
Former senator Joe Harlan, 75, met the governor on Wednesday.
--- file: b.md
---
date: 2025-02-15
source: B
---
The governor met Mr. Harlan, 78, on Wednesday.
--- expect
b.md:5:30: warning: "78" (B) = 2025-02-15 - 78 years = 1946-02-15 to 1947-02-14, but "75" (A) = 2025-02-15 - 75 years = 1949-02-15 to 1950-02-14; 3 years apart [age_birth/person.age.apposition]
    "The governor met Mr. Harlan, 78, on Wednesday."
    a.md:5:28: "Former senator Joe Harlan, 75, met the governor on Wednesday."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
