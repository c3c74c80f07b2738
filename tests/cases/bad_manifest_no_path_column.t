# a manifest without a path column
args: check --manifest m.csv
exit: 2
--- file: m.csv
file,date
a.txt,2025-08-15
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck: m.csv:1: manifest has no 'path' column (expected the header path,date,source,place,timezone)
