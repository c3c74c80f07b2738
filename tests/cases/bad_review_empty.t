# claimcheck review on an empty file
args: review r.csv
exit: 2
--- file: r.csv
--- expect
--- stderr
claimcheck: r.csv:1: empty file: expected the header row of a claimcheck report
