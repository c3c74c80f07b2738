# a folder's own manifest.csv is read like --manifest: a bad one stops the
# run with its name and line (--no-folder-manifests skips it)
args: check --story-per-folder .
exit: 2
--- file: story/manifest.csv
path,date
a.md,2025-02-30
--- file: story/a.md
The fire broke out on Friday.
--- expect
--- stderr
claimcheck: ./story/manifest.csv:2: bad date '2025-02-30' (expected YYYY-MM-DD, a real calendar date)
