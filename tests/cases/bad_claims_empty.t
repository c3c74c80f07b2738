# check --claims given an empty file
args: check --claims c.csv
exit: 2
--- file: c.csv
--- expect
--- stderr
claimcheck: c.csv: empty file, not a claims CSV
