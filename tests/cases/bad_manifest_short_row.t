# a row with fewer cells than the header (a missing column) is refused, not guessed
args: check --manifest m.csv
exit: 2
--- file: m.csv
path,date,source
a.txt,2025-08-15,Wire
b.txt,Post
--- file: a.txt
It cost 25%.
--- file: b.txt
It cost 25%.
--- expect
--- stderr
claimcheck: m.csv:3: row has 2 cells, but the header has 3 columns (a missing or unquoted comma?)
