# a text report given to --update (or --baseline) is named for what it is,
# not as "malformed quoting"
args: check --update r.csv a.txt
args: check --baseline r.csv a.txt
exit: 2
--- file: a.txt
The talks began on Monday.
--- file: r.csv
a.txt:1:1: warning: "Monday" and "Tuesday" differ
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 1 document
--- expect
--- stderr
claimcheck: r.csv: not a claimcheck CSV report (a text report?): its first line is not the header id,severity,...; write one with --format csv, or -o FILE.csv
