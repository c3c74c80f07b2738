# a dateline's dash opens the sentence: the capitalized word after it
# ("Gunmen", "Rebels") is no proper name, so two outlets whose only
# capitalized words were those were told apart, and their 23 against
# 25 freed hostages went unread (a QA case)
args: check --fail-on none --format text d
--- file: d/a.md
---
date: 2026-11-12
source: Wire A
---
PORTVILLE - Rebels released 23 hostages late on Wednesday.
--- file: d/b.md
---
date: 2026-11-12
source: Paper B
---
PORTVILLE — Gunmen freed 25 hostages on Wednesday evening.
--- expect
d/a.md:5:29: warning: "23" (Wire A) = 23, but "25" (Paper B) = 25; a difference of 2 [same_fact/prisoners.released.hostages]
    "PORTVILLE - Rebels released 23 hostages late on Wednesday."
    d/b.md:5:26: "PORTVILLE — Gunmen freed 25 hostages on Wednesday evening."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
