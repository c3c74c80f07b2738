# --invalid-utf8 skip: when every file is skipped the run says so at the
# end (it read nothing), not only the per-file warnings.
args: check --jobs 1 --invalid-utf8 skip d
--- file: d/a.txt
The café opened on Monday.
--- file: d/b.txt
The hôtel closed on Friday.
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 0 documents
--- stderr
claimcheck: warning: d/a.txt: invalid UTF-8 at byte 7 (0xE9); claimcheck reads UTF-8 text only (see --invalid-utf8) (file skipped)
claimcheck: warning: d/b.txt: invalid UTF-8 at byte 5 (0xF4); claimcheck reads UTF-8 text only (see --invalid-utf8) (file skipped)
claimcheck: warning: all 2 files skipped (see the warnings above): nothing was read
