# -o naming a walked folder's manifest.csv, or a file of the rules
# folder, or --update naming an article of the walk: refused (exit 2)
args: check mf -o mf/manifest.csv
args: check --rules myrules -o myrules/checks.csv mf
args: check --update mf/a.txt mf
exit: 2
--- file: mf/manifest.csv
path,date
a.txt,2024-03-04
--- file: mf/a.txt
The talks began on Monday, March 4.
--- file: myrules/checks.csv
frame
--- expect
