# a directory without articles is an input error
args: check notes
exit: 2
--- file: notes/list.csv
a,b
--- stderr
claimcheck: notes: no articles found (looked for .txt, .md and .markdown files)
