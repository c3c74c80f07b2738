# check --claims given an empty file (a shard or a Spark part file with no
# documents): a warning, no claims from it, the other files still count
# (here a shard whose documents made no claims: its header alone)
args: check --claims c.csv d.csv
--- file: c.csv
--- file: d.csv
"key","frame","subject","object","rule","vkind","gran","qual","flags","lo","hi","lo2","hi2","unit","value","value2","derivation","items","item_names","doc","source","doc_index","line","col","start","end","text","quote","sentence","doc_date"
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 0 documents with claims
--- stderr
claimcheck: warning: c.csv: empty file, no claims (skipped)
