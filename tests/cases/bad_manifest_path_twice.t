# a manifest that gives one file twice with other metadata names both
# rows (exit 2), as front matter does for a key given twice: the last
# row had silently won; the same row repeated (manifests joined) is fine
args: check --manifest m.csv; echo "exit $?"
--- file: m.csv
path,date,source
a.txt,2025-03-14,Wire
b.txt,2025-03-14,Post
b.txt,2025-03-14,Post
a.txt,2026-03-14,Wire
--- file: a.txt
The ferry sank on Friday, March 14.
--- file: b.txt
The ferry sank on Friday, March 14.
--- expect
exit 2
--- stderr
claimcheck: m.csv:5: path 'a.txt' given twice, with other metadata (first on line 2)
