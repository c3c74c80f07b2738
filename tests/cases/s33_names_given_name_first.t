# A known given name first in a sentence starts a person's name ("Ivo
# Mukasa won ..."): the race time is his, and meets the other outlet's,
# a minute apart (a time told to the second is compared to the second)
args: check --fail-on none --format text --show all a.md b.md
--- file: a.md
---
date: 2026-03-08
source: A
---
Ugandan Ivo Mukasa won the city marathon in two hours, eight minutes and 40 seconds on Sunday.
--- file: b.md
---
date: 2026-03-08
source: B
---
Ivo Mukasa won the marathon in two hours, nine minutes and 40 seconds.
--- expect
a.md:5:45: warning: "two hours, eight minutes and 40 seconds" (A) = 2 hours, 8 minutes and 40 seconds, but "two hours, nine minutes and 40 seconds" (B) = 2 hours, 9 minutes and 40 seconds; 1 minute apart [same_fact/race.time]
    "Ugandan Ivo Mukasa won the city marathon in two hours, eight minutes and 40 seconds on Sunday."
    b.md:5:32: "Ivo Mukasa won the marathon in two hours, nine minutes and 40 seconds."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
