# unbalanced quotes and brackets across lines: no crash, the mentions after them are still found
args: extract --format text a.txt
--- file: a.txt
He said "it (was [never
finished. She said “no”) ] ) " " "
It cost 25%.
--- expect
a.txt:3:9: percent 25 "25%" [25, 25] %
--- stderr
