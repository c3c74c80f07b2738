# -o naming the --baseline file by another spelling is refused: the [gone]
# rows and statuses of the baseline would be lost
args: check --format csv --baseline sub/../rev.csv -o rev.csv a.txt
exit: 2
--- file: a.txt
The levy rose by 25%.
--- file: rev.csv
a reviewer's work
--- file: sub/keep.txt
The levy rose by 25%.
--- expect
--- stderr
claimcheck check: -o 'rev.csv' and --baseline 'sub/../rev.csv' are the same file: the output would replace it; give -o another file
Try 'claimcheck check --help' for more information.
