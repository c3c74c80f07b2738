# every file skipped (empty): the run fails (exit 2: nothing was read, so
# a CI gate cannot pass on no input) and writes no report (--jobs 1: warnings come from the reading threads, in no fixed order)
args: check --jobs 1 e1.txt e2.md
exit: 2
--- file: e1.txt
--- file: e2.md
--- expect
--- stderr
claimcheck: warning: e1.txt: empty file (skipped)
claimcheck: warning: e2.md: empty file (skipped)
claimcheck: all 2 files skipped (see the warnings above): nothing was read
