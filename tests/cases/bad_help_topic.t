# help for a command that does not exist is an error
args: help bogus
exit: 2
--- file: a.txt
The levy rose by 25%.
--- expect
--- stderr
claimcheck: help: unknown command 'bogus' (expected check, extract, rules or review)
Try 'claimcheck --help' for more information.
