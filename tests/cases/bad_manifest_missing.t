# a manifest that does not exist
args: check --manifest nope.csv a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck: nope.csv: cannot open: No such file or directory
