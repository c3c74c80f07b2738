# a change in percent and the two figures it went to and from, in one
# sentence: the figures must give the change (direction and size);
# points, a percent with one figure are not read
args: check --show all a.md
exit: 1
--- file: a.md
---
date: 2024-03-05
source: Market Wire
---
Group revenue rose 11% to $8.3bn from $8.9bn in the quarter.

Operating profit fell 15% to £340m from £400m, the company said.

Passenger numbers jumped 20 per cent to 6,000 riders, up from 5,000.

Visits climbed 20% to 900 on most days from 750 (more than a noun or a
rate after the figure: not read).

Fees rose by half to 45 from 30.

Exports grew 5% from $1.2bn to $1.5bn.

The jobless rate rose 2 points to 7% from 5%.

Sales were up 4% on the year.
--- expect
a.md:5:15: error: rose 11% to $8.3bn from $8.9bn: from $8.9bn to $8.3bn is a fall of 6.7% [percent_change/builtin.percent_change]
    "Group revenue rose 11% to $8.3bn from $8.9bn in the quarter."
a.md:7:18: consistent: fell 15% to £340m from £400m: from £400m to £340m is a fall of 15% [percent_change/builtin.percent_change]
    "Operating profit fell 15% to £340m from £400m, the company said."
a.md:9:19: consistent: jumped 20 per cent to 6,000 riders, up from 5,000: from 5,000 to 6,000 is a rise of 20% [percent_change/builtin.percent_change]
    "Passenger numbers jumped 20 per cent to 6,000 riders, up from 5,000."
a.md:14:6: consistent: rose by half to 45 from 30: from 30 to 45 is a rise of 50% [percent_change/builtin.percent_change]
    "Fees rose by half to 45 from 30."
a.md:16:9: error: grew 5% from $1.2bn to $1.5bn: from $1.2bn to $1.5bn is a rise of 25%, not 5% [percent_change/builtin.percent_change]
    "Exports grew 5% from $1.2bn to $1.5bn."

2 discrepancies (2 errors, 0 warnings, 0 info), 3 consistent, 0 unverifiable in 1 document
--- stderr
