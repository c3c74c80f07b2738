# empty standard input is skipped with a warning, like an empty file;
# with nothing else read the run fails (exit 2), as a folder without
# articles does
args: extract --format text -
exit: 2
--- expect
--- stderr
claimcheck: warning: <stdin>: empty file (skipped)
claimcheck: the one file was skipped: nothing was read
