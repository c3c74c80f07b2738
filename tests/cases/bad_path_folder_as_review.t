# a folder given to review instead of a reviewed CSV
args: review docs
exit: 2
--- file: docs/x.csv
path
--- expect
--- stderr
claimcheck: docs: read error: Is a directory
