# --max-sentence-tokens below its minimum
args: check --max-sentence-tokens 3 a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck check: --max-sentence-tokens: expected a whole number from 8 to 1000000, got '3'
Try 'claimcheck check --help' for more information.
