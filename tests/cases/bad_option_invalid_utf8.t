# --invalid-utf8 takes error, skip or replace
args: check --invalid-utf8 ignore a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck check: --invalid-utf8: expected error, skip or replace, got 'ignore'
Try 'claimcheck check --help' for more information.
