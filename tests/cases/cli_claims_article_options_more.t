# check --claims: each option about reading articles is a usage error
args: check --claims --invalid-utf8 replace c.csv
args: check --claims --max-file-size 100 c.csv
args: check --claims --max-mentions 5 c.csv
args: check --claims --max-sentence-tokens 50 c.csv
args: check --claims --no-folder-manifests c.csv
exit: 2
--- file: c.csv
x
--- expect
