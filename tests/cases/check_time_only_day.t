# A time given without a date takes its article's date.  Two outlets
# published a day apart that give the same time agree; a third that
# gives another time is one hour off, not twenty-five (time_only).
args: check s
--- file: s/a.md
---
date: 2024-03-04
source: Harbour Wire
place: Lisbon
---
Minister Rui Fontaine and Minister Elsa Moravec met in Lisbon on Monday.

The talks began at 10:30 a.m. (10:30 GMT) behind closed doors.
--- file: s/b.md
---
date: 2024-03-05
source: Valley Courier
place: Lisbon
---
Minister Rui Fontaine and Minister Elsa Moravec held talks in Lisbon.

The talks began at 10:30 a.m. (10:30 GMT) at the palace.
--- file: s/c.md
---
date: 2024-03-05
source: Morning Post
place: Lisbon
---
Minister Rui Fontaine and Minister Elsa Moravec held talks in Lisbon.

The talks began at 11:30 a.m. (11:30 GMT) at the palace.
--- expect
s/a.md:8:32: warning: "10:30 GMT" (Harbour Wire) = 10:30 UTC, but "11:30 GMT" (Morning Post) = 11:30 UTC; 1 hour apart [same_fact/event.start.begins.utc]
    "The talks began at 10:30 a.m. (10:30 GMT) behind closed doors."
    s/c.md:8:32: "The talks began at 11:30 a.m. (11:30 GMT) at the palace."

1 discrepancy (0 errors, 1 warning, 0 info), 4 consistent, 0 unverifiable in 3 documents
--- stderr
