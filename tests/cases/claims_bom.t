# check --claims reads a claims CSV saved by Excel as "CSV UTF-8" (a
# byte-order mark before the header) as any other
args: check --format text --color never --fail-on none --claims claims.csv
--- file: claims.csv
﻿"key","frame","subject","object","rule","vkind","gran","qual","flags","lo","hi","lo2","hi2","unit","value","value2","derivation","items","item_names","doc","source","doc_index","line","col","start","end","text","quote","sentence","doc_date"
"date.weekday{story}","date.weekday","story","","builtin.weekday","weekday","day","","doc_date;year_inferred","1726531200","1726617600","0","0","","2024-09-17","Monday","","","","a.md","Harbour Post","0","5","20","65","85","Monday, September 17","The council met on Monday, September 17, to vote on the budget.","0","2024-09-20"
--- expect
a.md:5:20: error: 2024-09-17 is a Tuesday, but the article says Monday (year 2024 taken from the publication date) [weekday_date/builtin.weekday]
    "The council met on Monday, September 17, to vote on the budget."

1 discrepancy (1 error, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 1 document with claims
