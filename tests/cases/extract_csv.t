# extract --format csv: one record per mention, exact spans and intervals
args: extract --format csv a.md
--- file: a.md
---
date: 2025-08-15
source: Test Wire
---
The vote passed with 25% of 1,500 members on July 16, 2018, costing $7.2m.
The talks begin at 11:30am Alaska time (19:30 GMT) and run six to seven hours.
--- expect
"doc","line","col","start","end","text","type","value","unit","lo","hi","qualifier","zone","utc"
"a.md","5","22","64","67","25%","percent","25","%","25","25","","",""
"a.md","5","29","71","76","1,500","number","1500","","1500","1500","","",""
"a.md","5","46","88","101","July 16, 2018","date","2018-07-16","","2018-07-16T00:00","2018-07-17T00:00","","",""
"a.md","5","69","111","116","$7.2m","money","7200000","USD","7200000","7200000","","",""
"a.md","6","20","137","156","11:30am Alaska time","time","2025-08-15T11:30","","2025-08-15T11:30","2025-08-15T11:31","","America/Anchorage","2025-08-15T19:30Z"
"a.md","6","41","158","167","19:30 GMT","time","2025-08-15T19:30","","2025-08-15T19:30","2025-08-15T19:31","","Etc/GMT","2025-08-15T19:30Z"
"a.md","6","60","177","195","six to seven hours","duration","PT6H/PT7H","","PT6H","PT7H","","",""
