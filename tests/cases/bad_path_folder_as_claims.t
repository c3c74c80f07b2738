# a folder given to check --claims instead of a claims CSV
args: check --claims docs
exit: 2
--- file: docs/x.csv
path
--- expect
--- stderr
claimcheck: docs: read error: Is a directory
