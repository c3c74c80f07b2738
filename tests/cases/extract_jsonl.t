# extract --format jsonl: one record per mention, exact spans and intervals
args: extract --format jsonl a.md
--- file: a.md
---
date: 2025-08-15
source: Test Wire
---
The vote passed with 25% of 1,500 members on July 16, 2018, costing $7.2m.
The talks begin at 11:30am Alaska time (19:30 GMT) and run six to seven hours.
--- expect
{"doc":"a.md","line":5,"col":22,"start":64,"end":67,"text":"25%","type":"percent","value":"25","unit":"%","lo":25.0,"hi":25.0,"qualifier":null,"zone":null,"utc":null,"granularity":"none"}
{"doc":"a.md","line":5,"col":29,"start":71,"end":76,"text":"1,500","type":"number","value":"1500","unit":null,"lo":1500.0,"hi":1500.0,"qualifier":null,"zone":null,"utc":null,"granularity":"none"}
{"doc":"a.md","line":5,"col":46,"start":88,"end":101,"text":"July 16, 2018","type":"date","value":"2018-07-16","unit":null,"lo":"2018-07-16T00:00","hi":"2018-07-17T00:00","qualifier":null,"zone":null,"utc":null,"granularity":"day"}
{"doc":"a.md","line":5,"col":69,"start":111,"end":116,"text":"$7.2m","type":"money","value":"7200000","unit":"USD","lo":7200000.0,"hi":7200000.0,"qualifier":null,"zone":null,"utc":null,"granularity":"none"}
{"doc":"a.md","line":6,"col":20,"start":137,"end":156,"text":"11:30am Alaska time","type":"time","value":"2025-08-15T11:30","unit":null,"lo":"2025-08-15T11:30","hi":"2025-08-15T11:31","qualifier":null,"zone":"America/Anchorage","utc":"2025-08-15T19:30Z","granularity":"minute","anchor":"2025-08-15","pair":5,"pair_offset_min":-480}
{"doc":"a.md","line":6,"col":41,"start":158,"end":167,"text":"19:30 GMT","type":"time","value":"2025-08-15T19:30","unit":null,"lo":"2025-08-15T19:30","hi":"2025-08-15T19:31","qualifier":null,"zone":"Etc/GMT","utc":"2025-08-15T19:30Z","granularity":"minute","anchor":"2025-08-15","pair":4}
{"doc":"a.md","line":6,"col":60,"start":177,"end":195,"text":"six to seven hours","type":"duration","value":"PT6H/PT7H","unit":null,"lo":"PT6H","hi":"PT7H","qualifier":null,"zone":null,"utc":null,"granularity":"hour"}
