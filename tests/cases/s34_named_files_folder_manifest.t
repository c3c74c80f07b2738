# files named one by one take their folder's manifest.csv, as a folder's
# files do: the dates and outlets come from it, so "last Sunday" and
# the outlet names resolve (before, they were read with no date and no
# outlet, and the date rules made no claims)
args: check --fail-on none --format text ev/a.txt ev/b.txt
args: check --fail-on none --format text ev/b.txt ev/a.txt ev/b.txt
--- file: ev/manifest.csv
path,date,source
a.txt,2026-03-04,Coast Wire
b.txt,2026-03-04,Valley Paper
--- file: ev/a.txt
Voters went to the polls on Sunday, March 1, in the regional election.
--- file: ev/b.txt
Voters went to the polls on Saturday, March 1, in the regional election.
--- expect
ev/b.txt:1:29: error: 2026-03-01 is a Sunday, but the article says Saturday (year 2026 taken from the publication date) [weekday_date/builtin.weekday]
    "Voters went to the polls on Saturday, March 1, in the regional election."

1 discrepancy (1 error, 0 warnings, 0 info), 2 consistent, 0 unverifiable in 2 documents
