# -q: no report on stdout; the summary line on stderr (as --help says)
args: check -q a.txt
args: check -q --format csv a.txt
--- file: a.txt
The levy rose by 25%.
--- expect
--- stderr
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 1 document
