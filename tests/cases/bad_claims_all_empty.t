# A reduce over part files that are all empty (every map task died
# before writing) reads nothing and fails (exit 2, no report written),
# as a run over articles does; one empty part among others is skipped
# with a warning
args: check --claims --fail-on info -o r.csv part-00000 part-00001; echo "exit $?"; ls
--- file: part-00000
--- file: part-00001
--- expect
exit 2
part-00000
part-00001
--- stderr
claimcheck: warning: part-00000: empty file, no claims (skipped)
claimcheck: warning: part-00001: empty file, no claims (skipped)
claimcheck: all 2 files skipped (see the warnings above): nothing was read
