# rules does one thing at a time: --lint or --list
args: rules --lint --list
exit: 2
--- file: a.txt
The levy rose by 25%.
--- expect
--- stderr
claimcheck rules: expected one of --lint [DIR] and --list
Try 'claimcheck rules --help' for more information.
