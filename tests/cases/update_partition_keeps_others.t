# check --update with --partition K/N merges only partition K's findings:
# rows of other partitions' keys are kept as they are (they had all been
# marked [gone]); the three partitions in turn leave the file a whole
# run's; a row of this partition that no longer occurs is still marked
args: check -q --fail-on none --update r.csv examples 2>/dev/null; cp r.csv whole.csv; for k in 0 1 2; do "$bin" check -q --fail-on none --update r.csv --partition $k/3 examples 2>/dev/null; done; grep -c gone r.csv; sort r.csv > a; sort whole.csv > b; cmp a b && echo same; sed '2s/^"[a-z0-9]*"/"fa11ed0000000000"/' whole.csv > r2.csv; "$bin" check -q --fail-on none --update r2.csv --partition 0/1 examples 2>/dev/null; grep -c '\[gone\]' r2.csv
copy: examples
--- expect
0
same
1
