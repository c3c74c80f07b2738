# a manifest path that leaves the manifest's folder with ..
args: check --manifest m/m.csv
exit: 2
--- file: m/m.csv
path,date
../a.txt,2025-08-15
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck: m/m.csv:2: path '../a.txt' leaves the manifest's folder
