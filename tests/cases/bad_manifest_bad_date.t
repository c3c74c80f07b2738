# a manifest date that is not on the calendar names file and row
args: check --manifest m.csv
exit: 2
--- file: m.csv
path,date
a.txt,2025-02-30
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck: m.csv:2: bad date '2025-02-30' (expected YYYY-MM-DD, a real calendar date)
