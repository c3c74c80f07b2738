# --update - is refused: no file named '-' is written
args: check --update - a.txt || { ls; exit 2; }
exit: 2
--- file: a.txt
The storm killed 12 people.
--- expect
a.txt
--- stderr
claimcheck check: --update needs a file to read and rewrite, not - (standard input or output)
Try 'claimcheck check --help' for more information.
