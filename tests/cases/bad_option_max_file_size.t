# --max-file-size must be a positive number
args: check --max-file-size 0 a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck check: --max-file-size: expected a whole number from 1 to 9223372036854775807, got '0'
Try 'claimcheck check --help' for more information.
