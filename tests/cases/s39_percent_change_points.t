# a rate's move in points ("by 50 basis points", "0.3 percentage
# points", "by half a percentage point") between two levels in percent
# is checked as the difference of the levels, each as precise as the
# finer one is written ("to 3% from 3.75%" is a fall of 0.75 points); a
# move in percent between two percentages stays unchecked (relative or
# points: the writer does not say)
args: check --show all a.md
exit: 1
--- file: a.md
---
date: 2025-05-07
source: Market Wire
---
The bank lifted its key rate by 50 basis points to 4.75% from 4.50% on Wednesday.

The bank cut rates by half a percentage point to 3% from 3.75%.

Inflation rose 0.3 percentage points to 2.5% from 2.2% in March.

Policymakers raised the rate by 25 basis points from 4.50% to 4.75%.

Its share rose 2% to 12% from 10%.

The yield climbed 12 basis points to 4.31% from 4.19%.
--- expect
a.md:5:25: error: rate by 50 basis points to 4.75% from 4.50%: from 4.50% to 4.75% is a rise of 0.25 points, not 50 basis points [percent_change/builtin.percent_change]
    "The bank lifted its key rate by 50 basis points to 4.75% from 4.50% on Wednesday."
a.md:7:14: error: rates by half a percentage point to 3% from 3.75%: from 3.75% to 3% is a fall of 0.75 points, not half a percentage point [percent_change/builtin.percent_change]
    "The bank cut rates by half a percentage point to 3% from 3.75%."
a.md:9:11: consistent: rose 0.3 percentage points to 2.5% from 2.2%: from 2.2% to 2.5% is a rise of 0.30 points [percent_change/builtin.percent_change]
    "Inflation rose 0.3 percentage points to 2.5% from 2.2% in March."
a.md:11:25: consistent: rate by 25 basis points from 4.50% to 4.75%: from 4.50% to 4.75% is a rise of 0.25 points [percent_change/builtin.percent_change]
    "Policymakers raised the rate by 25 basis points from 4.50% to 4.75%."
a.md:15:11: consistent: climbed 12 basis points to 4.31% from 4.19%: from 4.19% to 4.31% is a rise of 0.12 points [percent_change/builtin.percent_change]
    "The yield climbed 12 basis points to 4.31% from 4.19%."

2 discrepancies (2 errors, 0 warnings, 0 info), 3 consistent, 0 unverifiable in 1 document
