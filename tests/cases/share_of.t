# a share of a count and its result right after it (", or", a dash,
# brackets): the result of the total must give the share; a result
# told later in the sentence, or two totals, are not read
args: check --show all a.md
exit: 1
--- file: a.md
---
date: 2024-03-05
source: Market Wire
---
About 19% of the 5.6 million residents, or about 900,000 people, live alone.

A third of the 300 staff - some 100 workers - were laid off.

Some 40% of its 2,500 members (1,000 people) voted.

Half of the 80 pupils, or 40 children, were absent.

Some 60% of the 1,200 voters, or 480 people, backed the plan.

A quarter of its 400 branches (about 150 shops) will close.

Nearly 30% of the 900 staff, or 250 people, left.

About 19% of the 5.6 million residents live alone, or about 900,000 by another count.

Half of the 80 pupils were absent, some 40 children.

Around 12% of the 3,000 homes and 400 flats were empty.
--- expect
a.md:5:1: consistent: About 19% of the 5.6 million residents, or about 900,000: about 900,000 of 5.6 million is 16% [share_of/builtin.share_of]
    "About 19% of the 5.6 million residents, or about 900,000 people, live alone."
a.md:7:1: consistent: A third of the 300 staff - some 100: some 100 of 300 is 33% [share_of/builtin.share_of]
    "A third of the 300 staff - some 100 workers - were laid off."
a.md:9:1: consistent: Some 40% of its 2,500 members (1,000: 1,000 of 2,500 is 40% [share_of/builtin.share_of]
    "Some 40% of its 2,500 members (1,000 people) voted."
a.md:11:1: consistent: Half of the 80 pupils, or 40: 40 of 80 is 50% [share_of/builtin.share_of]
    "Half of the 80 pupils, or 40 children, were absent."
a.md:13:1: error: Some 60% of the 1,200 voters, or 480: 480 of 1,200 is 40%, not Some 60% [share_of/builtin.share_of]
    "Some 60% of the 1,200 voters, or 480 people, backed the plan."
a.md:15:1: error: A quarter of its 400 branches (about 150: about 150 of 400 is 38%, not A quarter [share_of/builtin.share_of]
    "A quarter of its 400 branches (about 150 shops) will close."
a.md:17:1: consistent: Nearly 30% of the 900 staff, or 250: 250 of 900 is 28% [share_of/builtin.share_of]
    "Nearly 30% of the 900 staff, or 250 people, left."

2 discrepancies (2 errors, 0 warnings, 0 info), 5 consistent, 0 unverifiable in 1 document
--- stderr
