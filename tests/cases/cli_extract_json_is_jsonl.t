# extract writes JSON Lines: -o F.json says so (a warning) and writes
# JSON Lines, as for an extension no format has; --format json is no
# extract format (exit 2).  check -o F.json writes one JSON document.
args: extract -q -o m.json a.md; head -c 60 m.json; echo; "$bin" extract --format json a.md; echo "exit $?"
--- file: a.md
The talks lasted 3 hours.
--- expect
{"doc":"a.md","line":1,"col":18,"start":17,"end":24,"text":"
exit 2
--- stderr
claimcheck: warning: m.json: extract writes JSON Lines, one object a line, not one JSON document: writing jsonl (name the file .jsonl; jq -s . makes a document of it)
claimcheck extract: --format: expected jsonl, csv or text (claims: csv or jsonl), got 'json'
Try 'claimcheck extract --help' for more information.
