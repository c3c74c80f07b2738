# a row with more cells than the header (an unquoted comma) is refused
args: check --manifest m.csv
exit: 2
--- file: m.csv
path,date,source
a.txt,2025-08-15,Wire, The
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck: m.csv:2: row has 4 cells, but the header has 3 columns (a missing or unquoted comma?)
