# rules --lint checks one folder: a second is an error, not ignored
args: rules --lint one two
exit: 2
--- file: a.txt
The levy rose by 25%.
--- expect
--- stderr
claimcheck rules: expected one rules folder, got 2
Try 'claimcheck rules --help' for more information.
