# a missing path is an input error: exit 2, the message names the path
args: check nope.txt
exit: 2
--- expect
--- stderr
claimcheck: nope.txt: No such file or directory
