# an empty manifest file
args: check --manifest m.csv a.txt
exit: 2
--- file: m.csv
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck: m.csv:1: empty manifest (expected the header path,date,source,place,timezone)
