# A duration and its clock range with the day between them ("shut for 16
# hours on Thursday, from 6am to 10pm": the recognizer reads the range
# with its day, and "on" joins them); a duration with a day and no range
# is no span.  Found by QA pass 9.  Written for this test.
args: check --show all --fail-on none a.md
--- file: a.md
---
date: 2026-08-14
source: Test Wire
---
The canal was closed for 14 hours on Thursday, from 6:00 a.m. to 10:00 p.m., the authority said.

The bridge was shut for three hours on August 3, between 6 and 9 a.m.

It rained for 14 hours on Thursday.
--- expect
a.md:5:26: warning: 14 hours: Thursday, from 6:00 a.m. to 10:00 p.m. is 16 hours, not 14 hours [duration_span/builtin.span]
    "The canal was closed for 14 hours on Thursday, from 6:00 a.m. to 10:00 p.m., the authority said."
a.md:7:25: consistent: three hours: August 3, between 6 and 9 a.m. is 3 hours [duration_span/builtin.span]
    "The bridge was shut for three hours on August 3, between 6 and 9 a.m."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 1 document
