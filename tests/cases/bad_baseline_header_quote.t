# a first row that is no CSV at all (a quote inside a cell): no CSV report
args: check --baseline r.csv a.txt
exit: 2
--- file: a.txt
The talks began on Monday.
--- file: r.csv
id,the "severity" column,verdict
--- expect
--- stderr
claimcheck: r.csv:1: not a claimcheck CSV report: its first row is not the header id,severity,... (a quote inside a cell)
