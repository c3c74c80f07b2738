# the folder --report writes into (reports/ under the current folder) is
# no input: a walk that meets it leaves earlier runs' reports out, with a
# note, instead of reading their quoted sentences as articles
args: check --jobs 1 .
exit: 0
--- file: a.md
---
date: 2024-05-02
---
The storm killed 12 people in the valley, officials said.
--- file: reports/20240502T101500Z.txt
a.md:4:17: warning: "12 people" = 12, but "14 people" = 14 [same_fact/toll.dead]
    "The storm killed 12 people in the valley, officials said."
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 1 document
--- stderr
claimcheck: warning: ./reports: the folder --report writes into, not read for articles
