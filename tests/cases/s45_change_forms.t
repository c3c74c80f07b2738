# three more ways to tell a change with its figures (session 45's QA
# pass): the period between the verb and "to" ("rose this year to X from
# Y"), the figure reached first with ", up from" and the percent after
# the starting figure and its date ("412 breaks last year, up from 350
# the year before, a rise of 25%"), and a percent with a duration and a
# price per so many ("up 12% in a month to 2.80 euros a dozen from
# 2.40 euros").  Not read: a figure of another kind after "up from", and
# a direction the percent's word contradicts.
args: check --show all a.md
exit: 0
--- file: a.md
---
date: 2026-11-14
source: City Desk
---
The bus fleet grew this year to 640 from 500, an increase of 35%, the council said.

The city recorded 412 burst mains last year, up from 350 the year before, a rise of 25%.

Rents, already up 12% in a month to 9.10 euros a square metre from 8.00 euros, could rise further.

Coffee prices, up 6% in a week to 4.24 euros a kilo from 4.00 euros, are near a record.

Ridership reached 9,400 in March, up from 8,000 in February, an increase of 17.5%.

Fares were 300 last year, up from 2019, a rise of 5%.

Tickets sold reached 1,200, down from 1,000, a rise of 20%.
--- expect
a.md:5:15: warning: grew this year to 640 from 500: from 500 to 640 is a rise of 28%, not 35% [percent_change/builtin.percent_change]
    "The bus fleet grew this year to 640 from 500, an increase of 35%, the council said."
a.md:7:19: warning: 412 burst mains last year, up from 350: from 350 to 412 is a rise of 18%, not 25% [percent_change/builtin.percent_change]
    "The city recorded 412 burst mains last year, up from 350 the year before, a rise of 25%."
a.md:9:16: warning: up 12% in a month to 9.10 euros a square metre from 8.00 euros: from 8.00 euros to 9.10 euros is a rise of 14%, not 12% [percent_change/builtin.percent_change]
    "Rents, already up 12% in a month to 9.10 euros a square metre from 8.00 euros, could rise further."
a.md:11:16: consistent: up 6% in a week to 4.24 euros a kilo from 4.00 euros: from 4.00 euros to 4.24 euros is a rise of 6.0% [percent_change/builtin.percent_change]
    "Coffee prices, up 6% in a week to 4.24 euros a kilo from 4.00 euros, are near a record."
a.md:13:19: consistent: 9,400 in March, up from 8,000: from 8,000 to 9,400 is a rise of 18% [percent_change/builtin.percent_change]
    "Ridership reached 9,400 in March, up from 8,000 in February, an increase of 17.5%."

3 discrepancies (0 errors, 3 warnings, 0 info), 2 consistent, 0 unverifiable in 1 document
