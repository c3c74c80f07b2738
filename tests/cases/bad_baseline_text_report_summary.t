# a text report whose first line (its summary, or a finding) holds commas
# is still named as no CSV report
args: check --baseline s.csv a.txt
exit: 2
--- file: a.txt
The talks began on Monday.
--- file: s.csv
0 discrepancies (0 errors, 0 warnings, 0 info), 1 consistent, 0 unverifiable in 1 document
--- expect
--- stderr
claimcheck: s.csv: not a claimcheck CSV report (a text report?): its first line is not the header id,severity,...; write one with --format csv, or -o FILE.csv
