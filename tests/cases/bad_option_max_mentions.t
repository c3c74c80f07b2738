# --max-mentions must be a number
args: check --max-mentions lots a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck check: --max-mentions: expected a whole number from 1 to 1000000, got 'lots'
Try 'claimcheck check --help' for more information.
