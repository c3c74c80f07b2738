# -o in a folder that does not exist: exit 2 before any work is lost
args: check --format csv -o missing/report.csv a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck: missing/report.csv: cannot write: folder 'missing' does not exist
