# a path through a file (a.txt/b.txt) is an input error naming the path
args: check a.txt/b.txt
exit: 2
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck: a.txt/b.txt: Not a directory
