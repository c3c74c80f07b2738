# check --claims given JSON Lines (extract --claims --format jsonl) says so
# plainly, not as a CSV parse error
args: check --claims claims.jsonl
exit: 2
--- file: claims.jsonl
{"key":"date.weekday{story}","frame":"date.weekday","subject":"story","object":"","rule":"builtin.weekday","vkind":"weekday","gran":"day","qual":"","flags":"doc_date;year_inferred","lo":1726531200.0,"hi":1726617600.0,"lo2":0.0,"hi2":0.0,"unit":"","value":"2024-09-17","value2":"Monday","derivation":"","items":[],"item_names":[],"doc":"a.md","source":"Harbour Post","doc_index":0,"line":5,"col":20,"start":65,"end":85,"text":"Monday, September 17","quote":"The council met on Monday, September 17, to vote on the budget.","sentence":0,"doc_date":"2024-09-20"}
--- expect
--- stderr
claimcheck: claims.jsonl: JSON, not CSV: check --claims reads the CSV that 'extract --claims --format csv' writes
