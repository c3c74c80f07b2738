# -o FILE inside a folder the run reads: an earlier run's text report
# there (it ends with the summary line) is replaced, not read as an
# article (matched by device and inode), with a note
args: check -q --fail-on none --date 2024-03-04 -o ex/report.txt ex
--- file: ex/a.txt
The talks began on Monday, March 4.
--- file: ex/report.txt
ex/a.txt:1:1: warning: an earlier report that said the talks began on Tuesday, March 5
1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 1 document
--- expect
--- stderr
claimcheck: warning: ex/report.txt: the file this run writes (-o), not read as an article
0 discrepancies (0 errors, 0 warnings, 0 info), 1 consistent, 0 unverifiable in 1 document
