# an empty file is skipped with a warning; the run still finishes
args: extract --format text empty.txt one.txt
--- file: empty.txt
--- file: one.txt
It cost 25%.
--- expect
one.txt:1:9: percent 25 "25%" [25, 25] %
--- stderr
claimcheck: warning: empty.txt: empty file (skipped)
