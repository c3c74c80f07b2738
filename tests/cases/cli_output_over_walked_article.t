# -o naming an existing article that the folder walk reads: refused
# before any work (exit 2), naming the file and why; the article is kept
args: check --date 2024-03-04 . -o wire.txt || { cat wire.txt; exit 2; }
exit: 2
--- file: wire.txt
The talks began on Monday, March 4.
--- file: b.md
The talks began on Monday, March 4.
--- expect
The talks began on Monday, March 4.
--- stderr
claimcheck check: -o 'wire.txt' is an article this run reads (in the folder '.'): the output would replace it; give -o another file
Try 'claimcheck check --help' for more information.
