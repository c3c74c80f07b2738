# extract (every mention, in document order) on four threads.
# Twelve articles about three invented stories (one folder each), with
# a wrong weekday, a wrong GMT time and a different duration planted.
# The jobs_*_1 and jobs_*_4 cases hold the same input and the same
# expected output: --jobs never changes what is reported or its order.
args: extract --format text --jobs 4 .
--- file: harbour/0-coast-wire.md
---
date: 2023-06-13
source: Coast Wire
place: Oslo
---
Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.

The talks began at 10:00 a.m. local time (0800 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: harbour/1-evening-ledger.md
---
date: 2023-06-13
source: Evening Ledger
place: Oslo
---
Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Wednesday, June 13, 2023.

The talks began at 10:00 a.m. local time (0800 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: harbour/2-valley-courier.md
---
date: 2023-06-13
source: Valley Courier
place: Oslo
---
Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.

The talks began at 10:00 a.m. local time (0900 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: harbour/3-morning-post.md
---
date: 2023-06-13
source: Morning Post
place: Oslo
---
Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Tuesday, June 13, 2023.

The talks began at 10:00 a.m. local time (0800 GMT). Officials said the talks
lasted nine hours.

It was the first meeting of the two ministers in four years.
--- file: river/0-coast-wire.md
---
date: 2024-02-20
source: Coast Wire
place: Nairobi
---
Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.

The talks began at 11am local time (0800 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: river/1-evening-ledger.md
---
date: 2024-02-20
source: Evening Ledger
place: Nairobi
---
Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Thursday, February 20, 2024.

The talks began at 11am local time (0800 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: river/2-valley-courier.md
---
date: 2024-02-20
source: Valley Courier
place: Nairobi
---
Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.

The talks began at 11am local time (0900 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: river/3-morning-post.md
---
date: 2024-02-20
source: Morning Post
place: Nairobi
---
Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Tuesday, February 20, 2024.

The talks began at 11am local time (0800 GMT). Officials said the talks
lasted nine hours.

It was the first meeting of the two ministers in four years.
--- file: summit/0-coast-wire.md
---
date: 2022-11-08
source: Coast Wire
place: Lisbon
---
President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.

The talks began at 9:30 a.m. local time (0930 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: summit/1-evening-ledger.md
---
date: 2022-11-08
source: Evening Ledger
place: Lisbon
---
President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Monday, November 8, 2022.

The talks began at 9:30 a.m. local time (0930 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: summit/2-valley-courier.md
---
date: 2022-11-08
source: Valley Courier
place: Lisbon
---
President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.

The talks began at 9:30 a.m. local time (1030 GMT). Officials said the talks
lasted six hours.

It was the first meeting of the two ministers in four years.
--- file: summit/3-morning-post.md
---
date: 2022-11-08
source: Morning Post
place: Lisbon
---
President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Tuesday, November 8, 2022.

The talks began at 9:30 a.m. local time (0930 GMT). Officials said the talks
lasted nine hours.

It was the first meeting of the two ministers in four years.
--- expect
./harbour/0-coast-wire.md:6:78: date 2023-06-13 "Tuesday, June 13, 2023" [2023-06-13T00:00, 2023-06-14T00:00]
./harbour/0-coast-wire.md:8:20: time 2023-06-13T10:00 "10:00 a.m. local time" [2023-06-13T10:00, 2023-06-13T10:01] = 2023-06-13T08:00Z
./harbour/0-coast-wire.md:8:43: time 2023-06-13T08:00 "0800 GMT" [2023-06-13T08:00, 2023-06-13T08:01] = 2023-06-13T08:00Z
./harbour/0-coast-wire.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
./harbour/0-coast-wire.md:11:12: ordinal 1 "first" [1, 1]
./harbour/0-coast-wire.md:11:33: number 2 "two" [2, 2]
./harbour/0-coast-wire.md:11:50: duration P4Y "four years" [P4Y, P4Y]
./harbour/1-evening-ledger.md:6:78: date 2023-06-13 "Wednesday, June 13, 2023" [2023-06-13T00:00, 2023-06-14T00:00]
./harbour/1-evening-ledger.md:8:20: time 2023-06-13T10:00 "10:00 a.m. local time" [2023-06-13T10:00, 2023-06-13T10:01] = 2023-06-13T08:00Z
./harbour/1-evening-ledger.md:8:43: time 2023-06-13T08:00 "0800 GMT" [2023-06-13T08:00, 2023-06-13T08:01] = 2023-06-13T08:00Z
./harbour/1-evening-ledger.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
./harbour/1-evening-ledger.md:11:12: ordinal 1 "first" [1, 1]
./harbour/1-evening-ledger.md:11:33: number 2 "two" [2, 2]
./harbour/1-evening-ledger.md:11:50: duration P4Y "four years" [P4Y, P4Y]
./harbour/2-valley-courier.md:6:78: date 2023-06-13 "Tuesday, June 13, 2023" [2023-06-13T00:00, 2023-06-14T00:00]
./harbour/2-valley-courier.md:8:20: time 2023-06-13T10:00 "10:00 a.m. local time" [2023-06-13T10:00, 2023-06-13T10:01] = 2023-06-13T08:00Z
./harbour/2-valley-courier.md:8:43: time 2023-06-13T09:00 "0900 GMT" [2023-06-13T09:00, 2023-06-13T09:01] = 2023-06-13T09:00Z
./harbour/2-valley-courier.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
./harbour/2-valley-courier.md:11:12: ordinal 1 "first" [1, 1]
./harbour/2-valley-courier.md:11:33: number 2 "two" [2, 2]
./harbour/2-valley-courier.md:11:50: duration P4Y "four years" [P4Y, P4Y]
./harbour/3-morning-post.md:6:78: date 2023-06-13 "Tuesday, June 13, 2023" [2023-06-13T00:00, 2023-06-14T00:00]
./harbour/3-morning-post.md:8:20: time 2023-06-13T10:00 "10:00 a.m. local time" [2023-06-13T10:00, 2023-06-13T10:01] = 2023-06-13T08:00Z
./harbour/3-morning-post.md:8:43: time 2023-06-13T08:00 "0800 GMT" [2023-06-13T08:00, 2023-06-13T08:01] = 2023-06-13T08:00Z
./harbour/3-morning-post.md:9:8: duration PT9H "nine hours" [PT9H, PT9H]
./harbour/3-morning-post.md:11:12: ordinal 1 "first" [1, 1]
./harbour/3-morning-post.md:11:33: number 2 "two" [2, 2]
./harbour/3-morning-post.md:11:50: duration P4Y "four years" [P4Y, P4Y]
./river/0-coast-wire.md:6:80: date 2024-02-20 "Tuesday, February 20, 2024" [2024-02-20T00:00, 2024-02-21T00:00]
./river/0-coast-wire.md:8:20: time 2024-02-20T11:00 "11am local time" [2024-02-20T11:00, 2024-02-20T11:01] = 2024-02-20T08:00Z
./river/0-coast-wire.md:8:37: time 2024-02-20T08:00 "0800 GMT" [2024-02-20T08:00, 2024-02-20T08:01] = 2024-02-20T08:00Z
./river/0-coast-wire.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
./river/0-coast-wire.md:11:12: ordinal 1 "first" [1, 1]
./river/0-coast-wire.md:11:33: number 2 "two" [2, 2]
./river/0-coast-wire.md:11:50: duration P4Y "four years" [P4Y, P4Y]
./river/1-evening-ledger.md:6:80: date 2024-02-20 "Thursday, February 20, 2024" [2024-02-20T00:00, 2024-02-21T00:00]
./river/1-evening-ledger.md:8:20: time 2024-02-20T11:00 "11am local time" [2024-02-20T11:00, 2024-02-20T11:01] = 2024-02-20T08:00Z
./river/1-evening-ledger.md:8:37: time 2024-02-20T08:00 "0800 GMT" [2024-02-20T08:00, 2024-02-20T08:01] = 2024-02-20T08:00Z
./river/1-evening-ledger.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
./river/1-evening-ledger.md:11:12: ordinal 1 "first" [1, 1]
./river/1-evening-ledger.md:11:33: number 2 "two" [2, 2]
./river/1-evening-ledger.md:11:50: duration P4Y "four years" [P4Y, P4Y]
./river/2-valley-courier.md:6:80: date 2024-02-20 "Tuesday, February 20, 2024" [2024-02-20T00:00, 2024-02-21T00:00]
./river/2-valley-courier.md:8:20: time 2024-02-20T11:00 "11am local time" [2024-02-20T11:00, 2024-02-20T11:01] = 2024-02-20T08:00Z
./river/2-valley-courier.md:8:37: time 2024-02-20T09:00 "0900 GMT" [2024-02-20T09:00, 2024-02-20T09:01] = 2024-02-20T09:00Z
./river/2-valley-courier.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
./river/2-valley-courier.md:11:12: ordinal 1 "first" [1, 1]
./river/2-valley-courier.md:11:33: number 2 "two" [2, 2]
./river/2-valley-courier.md:11:50: duration P4Y "four years" [P4Y, P4Y]
./river/3-morning-post.md:6:80: date 2024-02-20 "Tuesday, February 20, 2024" [2024-02-20T00:00, 2024-02-21T00:00]
./river/3-morning-post.md:8:20: time 2024-02-20T11:00 "11am local time" [2024-02-20T11:00, 2024-02-20T11:01] = 2024-02-20T08:00Z
./river/3-morning-post.md:8:37: time 2024-02-20T08:00 "0800 GMT" [2024-02-20T08:00, 2024-02-20T08:01] = 2024-02-20T08:00Z
./river/3-morning-post.md:9:8: duration PT9H "nine hours" [PT9H, PT9H]
./river/3-morning-post.md:11:12: ordinal 1 "first" [1, 1]
./river/3-morning-post.md:11:33: number 2 "two" [2, 2]
./river/3-morning-post.md:11:50: duration P4Y "four years" [P4Y, P4Y]
./summit/0-coast-wire.md:6:82: date 2022-11-08 "Tuesday, November 8, 2022" [2022-11-08T00:00, 2022-11-09T00:00]
./summit/0-coast-wire.md:8:20: time 2022-11-08T09:30 "9:30 a.m. local time" [2022-11-08T09:30, 2022-11-08T09:31] = 2022-11-08T09:30Z
./summit/0-coast-wire.md:8:42: time 2022-11-08T09:30 "0930 GMT" [2022-11-08T09:30, 2022-11-08T09:31] = 2022-11-08T09:30Z
./summit/0-coast-wire.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
./summit/0-coast-wire.md:11:12: ordinal 1 "first" [1, 1]
./summit/0-coast-wire.md:11:33: number 2 "two" [2, 2]
./summit/0-coast-wire.md:11:50: duration P4Y "four years" [P4Y, P4Y]
./summit/1-evening-ledger.md:6:82: date 2022-11-08 "Monday, November 8, 2022" [2022-11-08T00:00, 2022-11-09T00:00]
./summit/1-evening-ledger.md:8:20: time 2022-11-08T09:30 "9:30 a.m. local time" [2022-11-08T09:30, 2022-11-08T09:31] = 2022-11-08T09:30Z
./summit/1-evening-ledger.md:8:42: time 2022-11-08T09:30 "0930 GMT" [2022-11-08T09:30, 2022-11-08T09:31] = 2022-11-08T09:30Z
./summit/1-evening-ledger.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
./summit/1-evening-ledger.md:11:12: ordinal 1 "first" [1, 1]
./summit/1-evening-ledger.md:11:33: number 2 "two" [2, 2]
./summit/1-evening-ledger.md:11:50: duration P4Y "four years" [P4Y, P4Y]
./summit/2-valley-courier.md:6:82: date 2022-11-08 "Tuesday, November 8, 2022" [2022-11-08T00:00, 2022-11-09T00:00]
./summit/2-valley-courier.md:8:20: time 2022-11-08T09:30 "9:30 a.m. local time" [2022-11-08T09:30, 2022-11-08T09:31] = 2022-11-08T09:30Z
./summit/2-valley-courier.md:8:42: time 2022-11-08T10:30 "1030 GMT" [2022-11-08T10:30, 2022-11-08T10:31] = 2022-11-08T10:30Z
./summit/2-valley-courier.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
./summit/2-valley-courier.md:11:12: ordinal 1 "first" [1, 1]
./summit/2-valley-courier.md:11:33: number 2 "two" [2, 2]
./summit/2-valley-courier.md:11:50: duration P4Y "four years" [P4Y, P4Y]
./summit/3-morning-post.md:6:82: date 2022-11-08 "Tuesday, November 8, 2022" [2022-11-08T00:00, 2022-11-09T00:00]
./summit/3-morning-post.md:8:20: time 2022-11-08T09:30 "9:30 a.m. local time" [2022-11-08T09:30, 2022-11-08T09:31] = 2022-11-08T09:30Z
./summit/3-morning-post.md:8:42: time 2022-11-08T09:30 "0930 GMT" [2022-11-08T09:30, 2022-11-08T09:31] = 2022-11-08T09:30Z
./summit/3-morning-post.md:9:8: duration PT9H "nine hours" [PT9H, PT9H]
./summit/3-morning-post.md:11:12: ordinal 1 "first" [1, 1]
./summit/3-morning-post.md:11:33: number 2 "two" [2, 2]
./summit/3-morning-post.md:11:50: duration P4Y "four years" [P4Y, P4Y]
