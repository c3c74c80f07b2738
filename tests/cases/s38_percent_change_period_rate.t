# a change with its period between the percent and its figures ("in
# January", "in the fourth quarter", "last year", "year on year") and a
# rate after the figure it reached ("an hour", "a month") is read and
# checked like any other, as is a figure's date before the percent told
# after the figures ("from $40.6 billion a year earlier, a decline of
# 9%") or before "to" ("from £1bn last year to"); a period that is a
# range of dates is not
args: check --show all a.md
exit: 1
--- file: a.md
---
date: 2025-02-12
source: Market Wire
---
Consumer prices fell 3.4% in January to 112.0 from 116.0, the office said.

The minimum wage will rise 8% to $13.50 an hour from $12.50.

Exports rose 5% in the fourth quarter to $2.73bn from $2.48bn.

Output grew 12% last year to 5,600 tonnes from 5,000 tonnes.

Rents rose 6% year on year to £1,060 a month from £1,000.

Fares rose 4 per cent on the year to £5.20 a day from £5.00.

Sales fell 7% between March and June to 930 from 1,000.

Revenue dropped to $38.2 billion from $40.6 billion a year earlier, a decline of 9%.

Profit fell from £1bn last year to £880m, or 12%.
--- expect
a.md:5:17: consistent: fell 3.4% in January to 112.0 from 116.0: from 116.0 to 112.0 is a fall of 3.4% [percent_change/builtin.percent_change]
    "Consumer prices fell 3.4% in January to 112.0 from 116.0, the office said."
a.md:7:23: consistent: rise 8% to $13.50 an hour from $12.50: from $12.50 to $13.50 is a rise of 8.0% [percent_change/builtin.percent_change]
    "The minimum wage will rise 8% to $13.50 an hour from $12.50."
a.md:9:9: error: rose 5% in the fourth quarter to $2.73bn from $2.48bn: from $2.48bn to $2.73bn is a rise of 10%, not 5% [percent_change/builtin.percent_change]
    "Exports rose 5% in the fourth quarter to $2.73bn from $2.48bn."
a.md:11:8: consistent: grew 12% last year to 5,600 tonnes from 5,000 tonnes: from 5,000 tonnes to 5,600 tonnes is a rise of 12% [percent_change/builtin.percent_change]
    "Output grew 12% last year to 5,600 tonnes from 5,000 tonnes."
a.md:13:7: consistent: rose 6% year on year to £1,060 a month from £1,000: from £1,000 to £1,060 is a rise of 6.0% [percent_change/builtin.percent_change]
    "Rents rose 6% year on year to £1,060 a month from £1,000."
a.md:15:7: consistent: rose 4 per cent on the year to £5.20 a day from £5.00: from £5.00 to £5.20 is a rise of 4.0% [percent_change/builtin.percent_change]
    "Fares rose 4 per cent on the year to £5.20 a day from £5.00."
a.md:19:9: error: dropped to $38.2 billion from $40.6 billion: from $40.6 billion to $38.2 billion is a fall of 5.9%, not 9% [percent_change/builtin.percent_change]
    "Revenue dropped to $38.2 billion from $40.6 billion a year earlier, a decline of 9%."
a.md:21:8: consistent: fell from £1bn last year to £880m: from £1bn to £880m is a fall of 12% [percent_change/builtin.percent_change]
    "Profit fell from £1bn last year to £880m, or 12%."

2 discrepancies (2 errors, 0 warnings, 0 info), 6 consistent, 0 unverifiable in 1 document
