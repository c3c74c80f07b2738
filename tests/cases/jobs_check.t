# check on one thread and on four: --jobs never changes what is
# reported or its order.  Input: tests/fixtures/jobs, twelve articles
# about three invented stories (one folder each) with a wrong weekday,
# a wrong GMT time and a different duration planted.
args: check --story-per-folder --jobs 1 jobs
args: check --story-per-folder --jobs 4 jobs
exit: 1
copy: tests/fixtures/jobs
--- expect
jobs/harbour/0-coast-wire.md:8:43: warning: "0800 GMT" (Coast Wire) = 08:00 UTC, but "0900 GMT" (Valley Courier) = 09:00 UTC; 1 hour apart [same_fact/event.start.begins.utc]
    "The talks began at 10:00 a.m. local time (0800 GMT)."
    jobs/harbour/2-valley-courier.md:8:43: "The talks began at 10:00 a.m. local time (0900 GMT)."
jobs/harbour/0-coast-wire.md:9:8: warning: "six hours" (Coast Wire) = 6 hours, but "nine hours" (Morning Post) = 9 hours; 3 hours apart (tolerance 5%) [same_fact/event.duration.last]
    "Officials said the talks lasted six hours."
    jobs/harbour/3-morning-post.md:9:8: "Officials said the talks lasted nine hours."

jobs/harbour/1-evening-ledger.md:6:78: error: 2023-06-13 is a Tuesday, but the article says Wednesday [weekday_date/builtin.weekday]
    "Minister Kari Lindqvist and Minister Anders Holmberg opened talks in Oslo on Wednesday, June 13, 2023."

jobs/harbour/2-valley-courier.md:8:20: warning: 10:00 in Europe/Oslo on 2023-06-13 is 08:00 UTC (CEST, UTC+2); the article gives 09:00 UTC, 1 hour later (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "The talks began at 10:00 a.m. local time (0900 GMT)."

jobs/river/0-coast-wire.md:8:37: warning: "0800 GMT" (Coast Wire) = 08:00 UTC, but "0900 GMT" (Valley Courier) = 09:00 UTC; 1 hour apart [same_fact/event.start.begins.utc]
    "The talks began at 11am local time (0800 GMT)."
    jobs/river/2-valley-courier.md:8:37: "The talks began at 11am local time (0900 GMT)."
jobs/river/0-coast-wire.md:9:8: warning: "six hours" (Coast Wire) = 6 hours, but "nine hours" (Morning Post) = 9 hours; 3 hours apart (tolerance 5%) [same_fact/event.duration.last]
    "Officials said the talks lasted six hours."
    jobs/river/3-morning-post.md:9:8: "Officials said the talks lasted nine hours."

jobs/river/1-evening-ledger.md:6:80: error: 2024-02-20 is a Tuesday, but the article says Thursday [weekday_date/builtin.weekday]
    "Minister Wanjiru Odhengo and Minister Tomas Lendvai opened talks in Nairobi on Thursday, February 20, 2024."

jobs/river/2-valley-courier.md:8:20: warning: 11:00 in Africa/Nairobi on 2024-02-20 is 08:00 UTC (EAT, UTC+3); the article gives 09:00 UTC, 1 hour later (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "The talks began at 11am local time (0900 GMT)."

jobs/summit/0-coast-wire.md:8:42: warning: "0930 GMT" (Coast Wire) = 09:30 UTC, but "1030 GMT" (Valley Courier) = 10:30 UTC; 1 hour apart [same_fact/event.start.begins.utc]
    "The talks began at 9:30 a.m. local time (0930 GMT)."
    jobs/summit/2-valley-courier.md:8:42: "The talks began at 9:30 a.m. local time (1030 GMT)."
jobs/summit/0-coast-wire.md:9:8: warning: "six hours" (Coast Wire) = 6 hours, but "nine hours" (Morning Post) = 9 hours; 3 hours apart (tolerance 5%) [same_fact/event.duration.last]
    "Officials said the talks lasted six hours."
    jobs/summit/3-morning-post.md:9:8: "Officials said the talks lasted nine hours."

jobs/summit/1-evening-ledger.md:6:82: error: 2022-11-08 is a Tuesday, but the article says Monday [weekday_date/builtin.weekday]
    "President Rui Fontaine and Prime Minister Elsa Moravec opened talks in Lisbon on Monday, November 8, 2022."

jobs/summit/2-valley-courier.md:8:20: warning: 09:30 in Europe/Lisbon on 2022-11-08 is 09:30 UTC (WET, UTC+0); the article gives 10:30 UTC, 1 hour later (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "The talks began at 9:30 a.m. local time (1030 GMT)."

12 discrepancies (3 errors, 9 warnings, 0 info), 27 consistent, 0 unverifiable in 12 documents
