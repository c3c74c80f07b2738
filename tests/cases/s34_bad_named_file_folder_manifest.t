# a file named on its own reads its folder's manifest.csv: a bad one
# stops the run with its name and line, as for a folder given, and no
# report is written
args: check --fail-on none -o report.txt story/a.md
exit: 2
--- file: story/manifest.csv
path,date
a.md,2025-02-30
--- file: story/a.md
The fire broke out on Friday.
--- expect
--- stderr
claimcheck: story/manifest.csv:2: bad date '2025-02-30' (expected YYYY-MM-DD, a real calendar date)
