# empty standard input is skipped with a warning, like an empty file
args: extract --format text -
--- expect
--- stderr
claimcheck: warning: <stdin>: empty file (skipped)
claimcheck: warning: the one file was skipped: nothing was read
