# extract -o takes its format from the file's extension, as check does
# (.csv, .jsonl/.json, .txt); another extension keeps the default with a
# warning
args: extract -q -o m.txt a.txt && cat m.txt && "$bin" extract -q -o m.csv a.txt && head -1 m.csv && "$bin" extract -q -o m.html a.txt && head -c 9 m.html && echo
--- file: a.txt
The storm killed 12 people.
--- expect
a.txt:1:18: number 12 "12" [12, 12]
"doc","line","col","start","end","text","type","value","unit","lo","hi","qualifier","zone","utc"
{"doc":"a
--- stderr
claimcheck: warning: m.html: no extract format has this extension (.csv .jsonl .txt): writing jsonl (--format chooses)
