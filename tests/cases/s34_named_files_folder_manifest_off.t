# --no-folder-manifests leaves the folder's manifest.csv of files named
# one by one unread, as it does a folder's: no dates, no outlets
args: check --fail-on none --format text --no-folder-manifests ev/a.txt ev/b.txt
--- file: ev/manifest.csv
path,date,source
a.txt,2026-03-04,Coast Wire
b.txt,2026-03-04,Valley Paper
--- file: ev/a.txt
Voters went to the polls on Sunday, March 1, in the regional election.
--- file: ev/b.txt
Voters went to the polls on Saturday, March 1, in the regional election.
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 2 documents
