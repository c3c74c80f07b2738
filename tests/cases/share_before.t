# a result first, then its share of a total (", or", brackets; "its
# workforce of 70,000"): the result of the total must give the share; a
# year or another's total is not read as the total
args: check --show all a.md
exit: 1
--- file: a.md
---
date: 2024-03-05
source: Market Wire
---
The company will cut 4,200 jobs, or about 6% of its 70,000 staff.

The bank is laying off 2,000 employees, or about 9% of its workforce of 70,000.

The party won 12 seats (40% of the 30 at stake).

It cut 500 jobs, or 5% of its 2019 workforce.

He scored 20 points, or 10% of the team's 200.
--- expect
a.md:5:22: consistent: 4,200 jobs, or about 6% of its 70,000: 4,200 of 70,000 is 6.0% [share_of/builtin.share_of]
    "The company will cut 4,200 jobs, or about 6% of its 70,000 staff."
a.md:7:24: error: 2,000 employees, or about 9% of its workforce of 70,000: 2,000 of 70,000 is 2.9%, not about 9% [share_of/builtin.share_of]
    "The bank is laying off 2,000 employees, or about 9% of its workforce of 70,000."
a.md:7:24: warning: "2,000" (Market Wire) = 2000, but "4,200" (Market Wire) = 4200; a difference of 2200 [same_fact/jobs.cut]
    "The bank is laying off 2,000 employees, or about 9% of its workforce of 70,000."
    a.md:5:22: "The company will cut 4,200 jobs, or about 6% of its 70,000 staff."
a.md:9:15: consistent: 12 seats (40% of the 30: 12 of 30 is 40% [share_of/builtin.share_of]
    "The party won 12 seats (40% of the 30 at stake)."

2 discrepancies (1 error, 1 warning, 0 info), 2 consistent, 0 unverifiable in 1 document
