# "Mark T. Dunmore" and "Mark Dunmore" are one person: the middle
# initial is left out of the person's key, and the two ages disagree.
args: check --fail-on none --format text --show all a.md b.md
--- file: a.md
---
date: 2026-03-08
source: A
---
Governor Mark T. Dunmore, 58, signed the budget on Friday.
--- file: b.md
---
date: 2026-03-08
source: B
---
Governor Mark Dunmore, 55, signed the budget on Friday.
--- expect
a.md:5:27: warning: "58" (A) = 2026-03-08 - 58 years = 1967-03-08 to 1968-03-07, but "55" (B) = 2026-03-08 - 55 years = 1970-03-08 to 1971-03-07; 2 years apart [age_birth/person.age.apposition]
    "Governor Mark T. Dunmore, 58, signed the budget on Friday."
    b.md:5:24: "Governor Mark Dunmore, 55, signed the budget on Friday."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
