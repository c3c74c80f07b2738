# -o whose folder part is a file
args: check --format csv -o a.txt/report.csv a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck: a.txt/report.csv: cannot write: 'a.txt' is not a folder
