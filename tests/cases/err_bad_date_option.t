# --date must be a real calendar date
args: check --date 2025-02-30 a.txt
exit: 2
--- file: a.txt
Text.
--- stderr
claimcheck check: --date: expected YYYY-MM-DD (a real calendar date), got '2025-02-30'
Try 'claimcheck check --help' for more information.
