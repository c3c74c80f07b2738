# a manifest row with an empty path
args: check --manifest m.csv
exit: 2
--- file: m.csv
path,date
,2025-08-15
--- expect
--- stderr
claimcheck: m.csv:2: empty path
