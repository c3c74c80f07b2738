# every file skipped (empty): the run finishes with warnings, 0 documents (--jobs 1: warnings come from the reading threads, in no fixed order)
args: check --jobs 1 e1.txt e2.md
--- file: e1.txt
--- file: e2.md
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 0 documents
--- stderr
claimcheck: warning: e1.txt: empty file (skipped)
claimcheck: warning: e2.md: empty file (skipped)
claimcheck: warning: all 2 files skipped (see the warnings above): nothing was read
