# an option the command does not use is an error, not ignored: extract never updates a reviewed CSV
args: extract --update reviewed.csv a.txt
exit: 2
--- file: a.txt
The levy rose by 25%.
--- expect
--- stderr
claimcheck extract: --update does not apply to 'extract'
Try 'claimcheck extract --help' for more information.
