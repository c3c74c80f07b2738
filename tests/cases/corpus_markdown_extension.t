# a folder's .markdown files are read as its .md files are
args: extract --format text --date 2024-03-04 d
--- file: d/a.markdown
The talks began on Monday, March 4.
--- file: d/b.txt
They ended on Tuesday.
--- expect
d/a.markdown:1:20: date 2024-03-04 "Monday, March 4" [2024-03-04T00:00, 2024-03-05T00:00]
d/b.txt:1:15: date 2024-02-27 "Tuesday" [2024-02-27T00:00, 2024-02-28T00:00]
