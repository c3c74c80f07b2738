# --partition takes two numbers, K/N: a third part is an error
args: check --partition 1/4/9 a.txt
exit: 2
--- file: a.txt
The levy rose by 25%.
--- expect
--- stderr
claimcheck check: --partition: expected K/N with 0 <= K < N, got '1/4/9'
Try 'claimcheck check --help' for more information.
