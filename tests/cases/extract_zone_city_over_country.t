# Regressions from the generated benchmark.  (1) The zone of "local time"
# comes from the city where the talks are, not from a country named as a
# side ("leaders of A and B met in City").  (2) A UTC time paired with a
# dated local time takes that day, even days before the publication date.
args: extract --format text a.md b.md
--- file: a.md
---
date: 2024-01-12
---
Leaders of Indonesia and Kenya met in Jakarta on Friday, January 12, for
talks on steel tariffs.

The talks began at 10:30 a.m. local time (03:30 GMT) at the palace.
--- file: b.md
---
date: 2025-05-07
place: Berlin
---
They met on May 5 at 10am local time (08:00 GMT).
--- expect
a.md:4:50: date 2024-01-12 "Friday, January 12" [2024-01-12T00:00, 2024-01-13T00:00]
a.md:7:20: time 2024-01-12T10:30 "10:30 a.m. local time" [2024-01-12T10:30, 2024-01-12T10:31] = 2024-01-12T03:30Z
a.md:7:43: time 2024-01-12T03:30 "03:30 GMT" [2024-01-12T03:30, 2024-01-12T03:31] = 2024-01-12T03:30Z
b.md:5:13: datetime 2025-05-05T10:00 "May 5 at 10am local time" [2025-05-05T10:00, 2025-05-05T10:01] = 2025-05-05T08:00Z
b.md:5:39: time 2025-05-05T08:00 "08:00 GMT" [2025-05-05T08:00, 2025-05-05T08:01] = 2025-05-05T08:00Z
