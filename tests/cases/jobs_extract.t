# extract (every mention, in document order) on one thread and on four: --jobs never changes what is
# reported or its order.  Input: tests/fixtures/jobs, twelve articles
# about three invented stories (one folder each) with a wrong weekday,
# a wrong GMT time and a different duration planted.
args: extract --format text --jobs 1 jobs
args: extract --format text --jobs 4 jobs
copy: tests/fixtures/jobs
--- expect
jobs/harbour/0-coast-wire.md:6:78: date 2023-06-13 "Tuesday, June 13, 2023" [2023-06-13T00:00, 2023-06-14T00:00]
jobs/harbour/0-coast-wire.md:8:20: time 2023-06-13T10:00 "10:00 a.m. local time" [2023-06-13T10:00, 2023-06-13T10:01] = 2023-06-13T08:00Z
jobs/harbour/0-coast-wire.md:8:43: time 2023-06-13T08:00 "0800 GMT" [2023-06-13T08:00, 2023-06-13T08:01] = 2023-06-13T08:00Z
jobs/harbour/0-coast-wire.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
jobs/harbour/0-coast-wire.md:11:12: ordinal 1 "first" [1, 1]
jobs/harbour/0-coast-wire.md:11:33: number 2 "two" [2, 2]
jobs/harbour/0-coast-wire.md:11:50: duration P4Y "four years" [P4Y, P4Y]
jobs/harbour/1-evening-ledger.md:6:78: date 2023-06-13 "Wednesday, June 13, 2023" [2023-06-13T00:00, 2023-06-14T00:00]
jobs/harbour/1-evening-ledger.md:8:20: time 2023-06-13T10:00 "10:00 a.m. local time" [2023-06-13T10:00, 2023-06-13T10:01] = 2023-06-13T08:00Z
jobs/harbour/1-evening-ledger.md:8:43: time 2023-06-13T08:00 "0800 GMT" [2023-06-13T08:00, 2023-06-13T08:01] = 2023-06-13T08:00Z
jobs/harbour/1-evening-ledger.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
jobs/harbour/1-evening-ledger.md:11:12: ordinal 1 "first" [1, 1]
jobs/harbour/1-evening-ledger.md:11:33: number 2 "two" [2, 2]
jobs/harbour/1-evening-ledger.md:11:50: duration P4Y "four years" [P4Y, P4Y]
jobs/harbour/2-valley-courier.md:6:78: date 2023-06-13 "Tuesday, June 13, 2023" [2023-06-13T00:00, 2023-06-14T00:00]
jobs/harbour/2-valley-courier.md:8:20: time 2023-06-13T10:00 "10:00 a.m. local time" [2023-06-13T10:00, 2023-06-13T10:01] = 2023-06-13T08:00Z
jobs/harbour/2-valley-courier.md:8:43: time 2023-06-13T09:00 "0900 GMT" [2023-06-13T09:00, 2023-06-13T09:01] = 2023-06-13T09:00Z
jobs/harbour/2-valley-courier.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
jobs/harbour/2-valley-courier.md:11:12: ordinal 1 "first" [1, 1]
jobs/harbour/2-valley-courier.md:11:33: number 2 "two" [2, 2]
jobs/harbour/2-valley-courier.md:11:50: duration P4Y "four years" [P4Y, P4Y]
jobs/harbour/3-morning-post.md:6:78: date 2023-06-13 "Tuesday, June 13, 2023" [2023-06-13T00:00, 2023-06-14T00:00]
jobs/harbour/3-morning-post.md:8:20: time 2023-06-13T10:00 "10:00 a.m. local time" [2023-06-13T10:00, 2023-06-13T10:01] = 2023-06-13T08:00Z
jobs/harbour/3-morning-post.md:8:43: time 2023-06-13T08:00 "0800 GMT" [2023-06-13T08:00, 2023-06-13T08:01] = 2023-06-13T08:00Z
jobs/harbour/3-morning-post.md:9:8: duration PT9H "nine hours" [PT9H, PT9H]
jobs/harbour/3-morning-post.md:11:12: ordinal 1 "first" [1, 1]
jobs/harbour/3-morning-post.md:11:33: number 2 "two" [2, 2]
jobs/harbour/3-morning-post.md:11:50: duration P4Y "four years" [P4Y, P4Y]
jobs/river/0-coast-wire.md:6:80: date 2024-02-20 "Tuesday, February 20, 2024" [2024-02-20T00:00, 2024-02-21T00:00]
jobs/river/0-coast-wire.md:8:20: time 2024-02-20T11:00 "11am local time" [2024-02-20T11:00, 2024-02-20T11:01] = 2024-02-20T08:00Z
jobs/river/0-coast-wire.md:8:37: time 2024-02-20T08:00 "0800 GMT" [2024-02-20T08:00, 2024-02-20T08:01] = 2024-02-20T08:00Z
jobs/river/0-coast-wire.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
jobs/river/0-coast-wire.md:11:12: ordinal 1 "first" [1, 1]
jobs/river/0-coast-wire.md:11:33: number 2 "two" [2, 2]
jobs/river/0-coast-wire.md:11:50: duration P4Y "four years" [P4Y, P4Y]
jobs/river/1-evening-ledger.md:6:80: date 2024-02-20 "Thursday, February 20, 2024" [2024-02-20T00:00, 2024-02-21T00:00]
jobs/river/1-evening-ledger.md:8:20: time 2024-02-20T11:00 "11am local time" [2024-02-20T11:00, 2024-02-20T11:01] = 2024-02-20T08:00Z
jobs/river/1-evening-ledger.md:8:37: time 2024-02-20T08:00 "0800 GMT" [2024-02-20T08:00, 2024-02-20T08:01] = 2024-02-20T08:00Z
jobs/river/1-evening-ledger.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
jobs/river/1-evening-ledger.md:11:12: ordinal 1 "first" [1, 1]
jobs/river/1-evening-ledger.md:11:33: number 2 "two" [2, 2]
jobs/river/1-evening-ledger.md:11:50: duration P4Y "four years" [P4Y, P4Y]
jobs/river/2-valley-courier.md:6:80: date 2024-02-20 "Tuesday, February 20, 2024" [2024-02-20T00:00, 2024-02-21T00:00]
jobs/river/2-valley-courier.md:8:20: time 2024-02-20T11:00 "11am local time" [2024-02-20T11:00, 2024-02-20T11:01] = 2024-02-20T08:00Z
jobs/river/2-valley-courier.md:8:37: time 2024-02-20T09:00 "0900 GMT" [2024-02-20T09:00, 2024-02-20T09:01] = 2024-02-20T09:00Z
jobs/river/2-valley-courier.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
jobs/river/2-valley-courier.md:11:12: ordinal 1 "first" [1, 1]
jobs/river/2-valley-courier.md:11:33: number 2 "two" [2, 2]
jobs/river/2-valley-courier.md:11:50: duration P4Y "four years" [P4Y, P4Y]
jobs/river/3-morning-post.md:6:80: date 2024-02-20 "Tuesday, February 20, 2024" [2024-02-20T00:00, 2024-02-21T00:00]
jobs/river/3-morning-post.md:8:20: time 2024-02-20T11:00 "11am local time" [2024-02-20T11:00, 2024-02-20T11:01] = 2024-02-20T08:00Z
jobs/river/3-morning-post.md:8:37: time 2024-02-20T08:00 "0800 GMT" [2024-02-20T08:00, 2024-02-20T08:01] = 2024-02-20T08:00Z
jobs/river/3-morning-post.md:9:8: duration PT9H "nine hours" [PT9H, PT9H]
jobs/river/3-morning-post.md:11:12: ordinal 1 "first" [1, 1]
jobs/river/3-morning-post.md:11:33: number 2 "two" [2, 2]
jobs/river/3-morning-post.md:11:50: duration P4Y "four years" [P4Y, P4Y]
jobs/summit/0-coast-wire.md:6:82: date 2022-11-08 "Tuesday, November 8, 2022" [2022-11-08T00:00, 2022-11-09T00:00]
jobs/summit/0-coast-wire.md:8:20: time 2022-11-08T09:30 "9:30 a.m. local time" [2022-11-08T09:30, 2022-11-08T09:31] = 2022-11-08T09:30Z
jobs/summit/0-coast-wire.md:8:42: time 2022-11-08T09:30 "0930 GMT" [2022-11-08T09:30, 2022-11-08T09:31] = 2022-11-08T09:30Z
jobs/summit/0-coast-wire.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
jobs/summit/0-coast-wire.md:11:12: ordinal 1 "first" [1, 1]
jobs/summit/0-coast-wire.md:11:33: number 2 "two" [2, 2]
jobs/summit/0-coast-wire.md:11:50: duration P4Y "four years" [P4Y, P4Y]
jobs/summit/1-evening-ledger.md:6:82: date 2022-11-08 "Monday, November 8, 2022" [2022-11-08T00:00, 2022-11-09T00:00]
jobs/summit/1-evening-ledger.md:8:20: time 2022-11-08T09:30 "9:30 a.m. local time" [2022-11-08T09:30, 2022-11-08T09:31] = 2022-11-08T09:30Z
jobs/summit/1-evening-ledger.md:8:42: time 2022-11-08T09:30 "0930 GMT" [2022-11-08T09:30, 2022-11-08T09:31] = 2022-11-08T09:30Z
jobs/summit/1-evening-ledger.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
jobs/summit/1-evening-ledger.md:11:12: ordinal 1 "first" [1, 1]
jobs/summit/1-evening-ledger.md:11:33: number 2 "two" [2, 2]
jobs/summit/1-evening-ledger.md:11:50: duration P4Y "four years" [P4Y, P4Y]
jobs/summit/2-valley-courier.md:6:82: date 2022-11-08 "Tuesday, November 8, 2022" [2022-11-08T00:00, 2022-11-09T00:00]
jobs/summit/2-valley-courier.md:8:20: time 2022-11-08T09:30 "9:30 a.m. local time" [2022-11-08T09:30, 2022-11-08T09:31] = 2022-11-08T09:30Z
jobs/summit/2-valley-courier.md:8:42: time 2022-11-08T10:30 "1030 GMT" [2022-11-08T10:30, 2022-11-08T10:31] = 2022-11-08T10:30Z
jobs/summit/2-valley-courier.md:9:8: duration PT6H "six hours" [PT6H, PT6H]
jobs/summit/2-valley-courier.md:11:12: ordinal 1 "first" [1, 1]
jobs/summit/2-valley-courier.md:11:33: number 2 "two" [2, 2]
jobs/summit/2-valley-courier.md:11:50: duration P4Y "four years" [P4Y, P4Y]
jobs/summit/3-morning-post.md:6:82: date 2022-11-08 "Tuesday, November 8, 2022" [2022-11-08T00:00, 2022-11-09T00:00]
jobs/summit/3-morning-post.md:8:20: time 2022-11-08T09:30 "9:30 a.m. local time" [2022-11-08T09:30, 2022-11-08T09:31] = 2022-11-08T09:30Z
jobs/summit/3-morning-post.md:8:42: time 2022-11-08T09:30 "0930 GMT" [2022-11-08T09:30, 2022-11-08T09:31] = 2022-11-08T09:30Z
jobs/summit/3-morning-post.md:9:8: duration PT9H "nine hours" [PT9H, PT9H]
jobs/summit/3-morning-post.md:11:12: ordinal 1 "first" [1, 1]
jobs/summit/3-morning-post.md:11:33: number 2 "two" [2, 2]
jobs/summit/3-morning-post.md:11:50: duration P4Y "four years" [P4Y, P4Y]
