# --invalid-utf8 skip: when every file is skipped the run says so at the
# end and fails (exit 2: it read nothing), not only the per-file warnings.
args: check --jobs 1 --invalid-utf8 skip d
exit: 2
--- file: d/a.txt
The café opened on Monday.
--- file: d/b.txt
The hôtel closed on Friday.
--- expect
--- stderr
claimcheck: warning: d/a.txt: invalid UTF-8 at byte 7 (0xE9); claimcheck reads UTF-8 text only (see --invalid-utf8) (file skipped)
claimcheck: warning: d/b.txt: invalid UTF-8 at byte 5 (0xF4); claimcheck reads UTF-8 text only (see --invalid-utf8) (file skipped)
claimcheck: all 2 files skipped (see the warnings above): nothing was read
