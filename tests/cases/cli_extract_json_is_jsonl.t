# extract writes JSON Lines: -o F.json says so (a warning) and writes
# JSON Lines, as for an extension no format has; --format json names
# JSON Lines too, as scripts ask for it (no warning: it was chosen)
args: extract -q -o m.json a.md; head -c 60 m.json; echo; "$bin" extract --format json a.md | head -c 60; echo; echo "exit $?"
--- file: a.md
The talks lasted 3 hours.
--- expect
{"doc":"a.md","line":1,"col":18,"start":17,"end":24,"text":"
{"doc":"a.md","line":1,"col":18,"start":17,"end":24,"text":"
exit 0
--- stderr
claimcheck: warning: m.json: extract writes JSON Lines, one object a line, not one JSON document: writing jsonl (name the file .jsonl; jq -s . makes a document of it)
