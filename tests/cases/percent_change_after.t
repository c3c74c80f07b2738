# a change told at its figures: the percent after them (", an increase
# of 20%", ", or 12%") or a multiple with no percent ("doubled",
# "halved"); a word against the verb's direction, a hedged multiple
# ("more than doubled", "nearly halved") and a percent of something
# else after the figures are not read
args: check --show all a.md
exit: 1
--- file: a.md
---
date: 2024-03-05
source: Market Wire
---
Sales rose from $10bn to $12bn, an increase of 20%.

Membership climbed from 4,000 to 5,000, a rise of 25 per cent.

Profit fell from £1bn to £880m, or 12%.

Exports grew from $2.0bn to $2.4bn, a fall of 20%.

Costs rose to $600m from $500m, an increase of 40%.

The price doubled to $90 from $45.

Ridership tripled from 2,000 to 5,000.

The deficit halved to £20bn from £41bn.

Output more than doubled to 900 from 400.

Fares nearly halved from $300 to $160.

Crowds grew from 1,200 to 1,500, with 30% of them children.
--- expect
a.md:5:7: consistent: rose from $10bn to $12bn: from $10bn to $12bn is a rise of 20% [percent_change/builtin.percent_change]
    "Sales rose from $10bn to $12bn, an increase of 20%."
a.md:7:12: consistent: climbed from 4,000 to 5,000: from 4,000 to 5,000 is a rise of 25% [percent_change/builtin.percent_change]
    "Membership climbed from 4,000 to 5,000, a rise of 25 per cent."
a.md:9:8: consistent: fell from £1bn to £880m: from £1bn to £880m is a fall of 12% [percent_change/builtin.percent_change]
    "Profit fell from £1bn to £880m, or 12%."
a.md:13:7: error: rose to $600m from $500m: from $500m to $600m is a rise of 20%, not 40% [percent_change/builtin.percent_change]
    "Costs rose to $600m from $500m, an increase of 40%."
a.md:15:11: consistent: doubled to $90 from $45: from $45 to $90 is a rise of 100% [percent_change/builtin.percent_change]
    "The price doubled to $90 from $45."
a.md:17:11: warning: tripled from 2,000 to 5,000: from 2,000 to 5,000 is a rise of 150%, not tripled [percent_change/builtin.percent_change]
    "Ridership tripled from 2,000 to 5,000."
a.md:19:13: consistent: halved to £20bn from £41bn: from £41bn to £20bn is a fall of 51% [percent_change/builtin.percent_change]
    "The deficit halved to £20bn from £41bn."

2 discrepancies (1 error, 1 warning, 0 info), 5 consistent, 0 unverifiable in 1 document
--- stderr
