# "Jim" is a short form of James only: Jim Marlow and James Marlow key
# alike (lexicon/nicknames.csv), so their ages meet; Jim Dalton, of
# another surname, is someone else.
args: check --fail-on none --format text --show all a.md b.md c.md
--- file: a.md
---
date: 2025-02-15
source: A
---
Defense Secretary Jim Marlow, 68, will leave in February.
--- file: b.md
---
date: 2025-02-15
source: B
---
Defense Secretary James Marlow, 66, resigned on Thursday.
--- file: c.md
---
date: 2025-02-15
source: C
---
Defense Secretary James Marlow, 66, resigned on Thursday. His deputy, Jim Dalton, 61, stays.
--- expect
a.md:5:31: warning: "68" (A) = 2025-02-15 - 68 years = 1956-02-15 to 1957-02-14, but "66" (B) = 2025-02-15 - 66 years = 1958-02-15 to 1959-02-14; 12 months apart [age_birth/person.age.apposition]
    "Defense Secretary Jim Marlow, 68, will leave in February."
    b.md:5:33: "Defense Secretary James Marlow, 66, resigned on Thursday."

b.md:5:33: consistent: "66" (B) = 2025-02-15 - 66 years = 1958-02-15 to 1959-02-14 agrees with "66" (C) = 2025-02-15 - 66 years = 1958-02-15 to 1959-02-14; 2 outlets agree (2 claims) [age_birth/person.age.apposition]
    "Defense Secretary James Marlow, 66, resigned on Thursday."
    c.md:5:33: "Defense Secretary James Marlow, 66, resigned on Thursday."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
