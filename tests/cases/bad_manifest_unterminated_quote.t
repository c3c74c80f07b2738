# a quoted cell that never closes
args: check --manifest m.csv
exit: 2
--- file: m.csv
path,date,source
a.txt,2025-08-15,"The Wire
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck: m.csv:2: unterminated quoted field
