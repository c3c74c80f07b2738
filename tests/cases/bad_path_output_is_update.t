# -o naming the --update file (here spelled ./rev.csv) would replace the
# merged review, every status and note, with the plain report: refused
# before any work, and rev.csv is left as it was
args: check --format csv --update rev.csv -o ./rev.csv a.txt || { s=$?; cat rev.csv; exit $s; }
exit: 2
--- file: a.txt
The levy rose by 25%.
--- file: rev.csv
a reviewer's work
--- expect
a reviewer's work
--- stderr
claimcheck check: -o './rev.csv' and --update 'rev.csv' are the same file: the output would replace it; give -o another file
Try 'claimcheck check --help' for more information.
