# --partition takes K/N and nothing more: '1/4x' is a typo, not partition 1 of 4
args: check --partition 1/4x a.txt
exit: 2
--- file: a.txt
The levy rose by 25%.
--- expect
--- stderr
claimcheck check: --partition: expected K/N with 0 <= K < N, got '1/4x'
Try 'claimcheck check --help' for more information.
