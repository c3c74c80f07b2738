# a sentence with a name like "US Open" in it is not a title-case
# headline: "Open" and "US" are stop words at the edge of a name, not a
# headline's function word between capitals ("Meet In Capital"), so the
# player and his age are read and two outlets' ages compared
args: check --show all --format text wire.txt post.txt
--- file: wire.txt
---
date: 2025-09-08
---
Tomas Brevik, 21, won the US Open on Sunday.
--- file: post.txt
---
date: 2025-09-08
---
Tomas Brevik, 23, lifted the trophy in New York on Sunday after a long final.
--- expect
post.txt:4:15: warning: "23" (post) = 2025-09-08 - 23 years = 2001-09-08 to 2002-09-07, but "21" (wire) = 2025-09-08 - 21 years = 2003-09-08 to 2004-09-07; 12 months apart [age_birth/person.age.apposition]
    "Tomas Brevik, 23, lifted the trophy in New York on Sunday after a long final."
    wire.txt:4:15: "Tomas Brevik, 21, won the US Open on Sunday."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
