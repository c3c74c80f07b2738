# after "--" an option's name is a PATH like any other: here a missing file
args: extract -- a.txt --format text
exit: 2
--- file: a.txt
The levy rose by 25%.
--- expect
--- stderr
claimcheck: --format: No such file or directory
