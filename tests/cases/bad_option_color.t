# a bad --color value is echoed back
args: check --color sometimes a.txt
exit: 2
--- file: a.txt
The levy rose by 25%.
--- expect
--- stderr
claimcheck check: --color: expected auto, always or never, got 'sometimes'
Try 'claimcheck check --help' for more information.
