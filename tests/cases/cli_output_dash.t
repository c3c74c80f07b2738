# "-o -" is standard output, exactly as without -o: the text report with
# its summary, and nothing on stderr (no "report written to -", no second
# summary)
args: check -o - a.txt
args: check a.txt
--- file: a.txt
The levy rose by 25%.
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 1 document
--- stderr
