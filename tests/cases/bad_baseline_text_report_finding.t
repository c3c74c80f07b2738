# a text report that starts with a finding (commas in its message) is
# named as no CSV report
args: check --baseline f.csv a.txt
exit: 2
--- file: a.txt
The talks began on Monday.
--- file: f.csv
b.txt:3:33: error: 11:30 in one zone is 19:30 UTC, the article gives 19:00 UTC, 30 minutes earlier [zone_pair/builtin.zone_pair]
--- expect
--- stderr
claimcheck: f.csv: not a claimcheck CSV report (a text report?): its first line is not the header id,severity,...; write one with --format csv, or -o FILE.csv
