# "-" reads the article from standard input; --date applies to it
args: extract --format text --date 2024-03-01 -
stdin: in.txt
--- file: in.txt
Turnout was about 40 percent on Friday.
--- expect
<stdin>:1:13: percent 40 "about 40 percent" [36, 44] % (approx)
<stdin>:1:33: date 2024-03-01 "Friday" [2024-03-01T00:00, 2024-03-02T00:00]
