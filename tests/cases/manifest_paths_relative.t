# --manifest without a PATH reads the manifest's files, named relative to
# the current folder when they are under it (so SARIF and GitHub
# annotations point into the repository), not by their absolute paths
args: extract --format text --manifest desk/manifest.csv
args: extract --format text --manifest ./desk//manifest.csv
--- file: desk/manifest.csv
path,date,source
wire/a.md,2024-09-20,Harbour Post
--- file: desk/wire/a.md
The ferry resumed on Friday.
--- expect
desk/wire/a.md:1:22: date 2024-09-20 "Friday" [2024-09-20T00:00, 2024-09-21T00:00]
--- stderr
