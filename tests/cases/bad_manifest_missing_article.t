# a manifest row naming a file that does not exist
args: check --manifest m.csv
exit: 2
--- file: m.csv
path,date
a.txt,2025-08-15
gone.txt,2025-08-15
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck: m.csv:3: 'gone.txt': No such file or directory
