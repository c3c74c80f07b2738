# check --claims given an empty file (a shard or a Spark part file with no
# documents): a warning, no claims from it, the other files still count
args: check --claims c.csv
--- file: c.csv
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 0 documents with claims
--- stderr
claimcheck: warning: c.csv: empty file, no claims (skipped)
