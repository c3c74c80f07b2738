# -o naming an existing folder: nothing is written, exit 2
args: check --format csv -o out a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- file: out/keep.csv
old
--- expect
--- stderr
claimcheck: out: cannot write: it is a folder
