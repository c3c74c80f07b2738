# an absolute manifest path leaves the folder too
args: check --manifest m.csv
exit: 2
--- file: m.csv
path,date
/etc/hostname,2025-08-15
--- expect
--- stderr
claimcheck: m.csv:2: path '/etc/hostname' leaves the manifest's folder
