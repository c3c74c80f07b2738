# a single-valued option given twice is a usage error naming it (the
# last one silently won)
args: check --baseline a.csv --baseline b.csv a.md
exit: 2
--- file: a.md
Text.
--- expect
--- stderr
claimcheck check: --baseline given twice: give it once
Try 'claimcheck check --help' for more information.
