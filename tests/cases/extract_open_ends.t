# extract: dates and times with one open end ("since 2014", "until March
# 2026", "Tuesday before 9am", "from 2019 onwards", "no later than 3
# June").  The span takes the words, the interval is open at one end and
# the qualifier names it; value stays the date's own, which is what
# rules match and claims take (check_bc_years.t: "since 300 BC").
# "shortly after 5pm" is a time near 5pm, not an open end.  "left after
# 2pm" is on the Tuesday its sentence named first.
args: extract a.md
--- file: a.md
---
date: 2025-08-15
source: Test Wire
---
The plant has been closed since 2014 and stays shut until March 2026.
Inspectors came on Tuesday before 9am (0700 GMT) and left after 2pm.
Sales rose from 2019 onwards, and a deal is due no later than 3 June.
Their first meeting since 2014 ended shortly after 5pm.
--- expect
{"doc":"a.md","line":5,"col":27,"start":69,"end":79,"text":"since 2014","type":"date","value":"2014","unit":null,"lo":"2014-01-01T00:00","hi":null,"qualifier":"since","zone":null,"utc":null,"granularity":"year"}
{"doc":"a.md","line":5,"col":53,"start":95,"end":111,"text":"until March 2026","type":"date","value":"2026-03","unit":null,"lo":null,"hi":"2026-04-01T00:00","qualifier":"until","zone":null,"utc":null,"granularity":"month"}
{"doc":"a.md","line":6,"col":20,"start":132,"end":150,"text":"Tuesday before 9am","type":"datetime","value":"2025-08-12T09:00","unit":null,"lo":null,"hi":"2025-08-12T09:00","qualifier":"before","zone":null,"utc":null,"granularity":"hour","anchor":"2025-08-15","pair":3,"pair_offset_min":120}
{"doc":"a.md","line":6,"col":40,"start":152,"end":160,"text":"0700 GMT","type":"time","value":"2025-08-12T07:00","unit":null,"lo":"2025-08-12T07:00","hi":"2025-08-12T07:01","qualifier":null,"zone":"Etc/GMT","utc":"2025-08-12T07:00Z","granularity":"minute","anchor":"2025-08-15","pair":2}
{"doc":"a.md","line":6,"col":59,"start":171,"end":180,"text":"after 2pm","type":"time","value":"2025-08-12T14:00","unit":null,"lo":"2025-08-12T14:00","hi":null,"qualifier":"after","zone":null,"utc":null,"granularity":"hour","anchor":"2025-08-15"}
{"doc":"a.md","line":7,"col":12,"start":193,"end":210,"text":"from 2019 onwards","type":"date","value":"2019","unit":null,"lo":"2019-01-01T00:00","hi":null,"qualifier":"since","zone":null,"utc":null,"granularity":"year"}
{"doc":"a.md","line":7,"col":49,"start":230,"end":250,"text":"no later than 3 June","type":"date","value":"2026-06-03","unit":null,"lo":null,"hi":"2026-06-03T00:00","qualifier":"until","zone":null,"utc":null,"granularity":"day","anchor":"2025-08-15","year_inferred":true}
{"doc":"a.md","line":8,"col":7,"start":258,"end":263,"text":"first","type":"ordinal","value":"1","unit":null,"lo":1.0,"hi":1.0,"qualifier":null,"zone":null,"utc":null,"granularity":"none"}
{"doc":"a.md","line":8,"col":21,"start":272,"end":282,"text":"since 2014","type":"date","value":"2014","unit":null,"lo":"2014-01-01T00:00","hi":null,"qualifier":"since","zone":null,"utc":null,"granularity":"year"}
{"doc":"a.md","line":8,"col":38,"start":289,"end":306,"text":"shortly after 5pm","type":"time","value":"2025-08-15T17:00","unit":null,"lo":"2025-08-15T17:00","hi":"2025-08-15T17:01","qualifier":"approx","zone":null,"utc":null,"granularity":"hour","anchor":"2025-08-15"}
