# A duration stated beside the clock times it runs between (time.span,
# the duration_span check): 14 hours against 6:30am to 4:30pm is an
# error, as is "a five-hour stretch" for 2:15 to 9:45 p.m.; a duration
# that fits (eight hours, "about six hours", "more than three hours") is
# consistent; a difference ("two hours longer") and a range of days are
# no span.  Written for this test.
args: check --show all --fail-on none a.md
--- file: a.md
---
date: 2026-06-17
source: Test Wire
---
The airport was closed for 14 hours, from 6:30am to 4:30pm, officials said.

The worst spread came between 2:15 p.m. and 9:45 p.m. on Tuesday, a five-hour stretch.

The bridge was shut from 9am to 5pm, eight hours in all. Talks ran for about six hours (from 10am to 4:20pm) on Monday.

The shop opens from 9am to 5pm, two hours longer than before. The strike lasted more than three hours, from 7:05am to 10:40am.

The fair ran from June 3 to June 7, four days in all.
--- expect
a.md:5:28: error: 14 hours: from 6:30am to 4:30pm is 10 hours, not 14 hours [duration_span/builtin.span]
    "The airport was closed for 14 hours, from 6:30am to 4:30pm, officials said."
a.md:7:23: error: five-hour: between 2:15 p.m. and 9:45 p.m. on Tuesday is 7 hours 30 minutes, not five-hour [duration_span/builtin.span]
    "The worst spread came between 2:15 p.m. and 9:45 p.m. on Tuesday, a five-hour stretch."
a.md:9:21: consistent: eight hours: from 9am to 5pm is 8 hours [duration_span/builtin.span]
    "The bridge was shut from 9am to 5pm, eight hours in all."
a.md:9:72: consistent: about six hours: from 10am to 4:20pm is 6 hours 20 minutes [duration_span/builtin.span]
    "Talks ran for about six hours (from 10am to 4:20pm) on Monday."
a.md:11:81: consistent: more than three hours: from 7:05am to 10:40am is 3 hours 35 minutes [duration_span/builtin.span]
    "The strike lasted more than three hours, from 7:05am to 10:40am."

2 discrepancies (2 errors, 0 warnings, 0 info), 3 consistent, 0 unverifiable in 1 document
