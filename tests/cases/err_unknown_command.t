# an unknown command is a usage error
args: chekc a.txt
exit: 2
--- stderr
claimcheck: unknown command 'chekc' (expected check, extract, rules or review)
Try 'claimcheck --help' for more information.
