# extract --format text: one record per mention, exact spans and intervals
args: extract --format text a.md
--- file: a.md
---
date: 2025-08-15
source: Test Wire
---
The vote passed with 25% of 1,500 members on July 16, 2018, costing $7.2m.
The talks begin at 11:30am Alaska time (19:30 GMT) and run six to seven hours.
--- expect
a.md:5:22: percent 25 "25%" [25, 25] %
a.md:5:29: number 1500 "1,500" [1500, 1500]
a.md:5:46: date 2018-07-16 "July 16, 2018" [2018-07-16T00:00, 2018-07-17T00:00]
a.md:5:69: money 7200000 "$7.2m" [7200000, 7200000] USD
a.md:6:20: time 2025-08-15T11:30 "11:30am Alaska time" [2025-08-15T11:30, 2025-08-15T11:31] = 2025-08-15T19:30Z
a.md:6:41: time 2025-08-15T19:30 "19:30 GMT" [2025-08-15T19:30, 2025-08-15T19:31] = 2025-08-15T19:30Z
a.md:6:60: duration PT6H/PT7H "six to seven hours" [PT6H, PT7H]
