# a change told after the figure it reached: "$31.5m, down 45% from
# $65.6m", ", a fall of 40% from the $30m"; the figures as rounded must
# give the change; a year after "from" is no figure
args: check --show all a.md
exit: 1
--- file: a.md
---
date: 2024-03-05
source: Market Wire
---
Sales were $31.5 million, down 52% from $65.6 million a year earlier.

The film took $18 million, a drop of 20% from the $30 million it made in its first weekend.

Members numbered 1,200, up 20% from its 1,000.

Profit was $5 million, up 8% from 2019.

Revenue was $5.2bn in the third quarter, up 30% from $4.8bn.
--- expect
a.md:5:12: consistent: $31.5 million, down 52% from $65.6 million: from $65.6 million to $31.5 million is a fall of 52% [percent_change/builtin.percent_change]
    "Sales were $31.5 million, down 52% from $65.6 million a year earlier."
a.md:7:15: error: $18 million, a drop of 20% from the $30 million: from $30 million to $18 million is a fall of 40%, not 20% [percent_change/builtin.percent_change]
    "The film took $18 million, a drop of 20% from the $30 million it made in its first weekend."
a.md:9:18: consistent: 1,200, up 20% from its 1,000: from 1,000 to 1,200 is a rise of 20% [percent_change/builtin.percent_change]
    "Members numbered 1,200, up 20% from its 1,000."
a.md:13:13: error: $5.2bn in the third quarter, up 30% from $4.8bn: from $4.8bn to $5.2bn is a rise of 8.3%, not 30% [percent_change/builtin.percent_change]
    "Revenue was $5.2bn in the third quarter, up 30% from $4.8bn."

2 discrepancies (2 errors, 0 warnings, 0 info), 2 consistent, 0 unverifiable in 1 document
