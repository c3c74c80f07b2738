# a folder given where the baseline file is expected
args: check --baseline docs a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- file: docs/x.csv
path
--- expect
--- stderr
claimcheck: docs: read error: Is a directory
