# a file name holding control characters (ESC could clear or recolour the
# terminal) is shown in messages with U+FFFD for each, as reports do
args: --version > /dev/null; : > "d/e$(printf '\033')[2J.txt"; "$bin" check --fail-on none d 2> err.txt; grep -c "$(printf '\033')" err.txt; cat err.txt
--- file: d/a.txt
The storm killed 12 people.
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 1 document
0
claimcheck: warning: d/e�[2J.txt: empty file (skipped)
