# An outlet that writes only "Osk, 26," names a person: the lone
# surname with an age in apposition is keyed to the full name the story
# gives, and the two ages disagree.
args: check --fail-on none --format text --show all a.md b.md
--- file: a.md
---
date: 2026-03-08
source: A
---
Midfielder Lena Osk, 24, scored the only goal on Saturday.
--- file: b.md
---
date: 2026-03-08
source: B
---
The home side won 1-0 on Saturday. Osk, 26, scored after the break.
--- expect
b.md:5:41: warning: "26" (B) = 2026-03-08 - 26 years = 1999-03-08 to 2000-03-07, but "24" (A) = 2026-03-08 - 24 years = 2001-03-08 to 2002-03-07; 12 months apart [age_birth/person.age.apposition]
    "Osk, 26, scored after the break."
    a.md:5:22: "Midfielder Lena Osk, 24, scored the only goal on Saturday."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
