# a manifest as a spreadsheet saves it: header names in any case, cells
# separated by ';' (a decimal-comma locale); a column claimcheck does
# not read is warned of once
args: extract --format text d
--- file: d/manifest.csv
Path;Date;Source;Title
a.txt;2024-03-04;The Wire;"Storm; day one"
--- file: d/a.txt
The storm killed 12 people on Monday.
--- expect
d/a.txt:1:18: number 12 "12" [12, 12]
d/a.txt:1:31: date 2024-03-04 "Monday" [2024-03-04T00:00, 2024-03-05T00:00]
--- stderr
claimcheck: warning: d/manifest.csv:1: manifest column 'Title' is not one claimcheck reads (path, date, source, place, timezone): ignored
