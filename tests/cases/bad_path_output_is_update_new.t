# the same when neither file exists yet: both would be created at one path
args: check --update new.csv -o ./new.csv a.txt
exit: 2
--- file: a.txt
The levy rose by 25%.
--- expect
--- stderr
claimcheck check: -o './new.csv' and --update 'new.csv' are the same file: the output would replace it; give -o another file
Try 'claimcheck check --help' for more information.
