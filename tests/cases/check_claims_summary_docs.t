# check --claims sees only the claims: a document without any leaves no
# row in the claims CSV, so the summary counts the documents with claims
# and says so.  The claims below are extract --claims of three articles,
# one of which (c.md, "Residents waited outside the hall.") has none.
args: check --claims --fail-on none claims.csv
--- file: claims.csv
"key","frame","subject","object","rule","vkind","gran","qual","flags","lo","hi","lo2","hi2","unit","value","value2","derivation","items","item_names","doc","source","doc_index","line","col","start","end","text","quote","sentence","doc_date"
"event.duration{story}","event.duration","story","","event.duration.last","duration","hour","","doc_date","10800","10800","0","0","","PT3H","","","","","story/a.md","Harbor Wire","0","5","18","62","73","three hours","The talks lasted three hours on Tuesday.","0","2024-03-05"
"event.duration{story}","event.duration","story","","event.duration.last","duration","hour","","doc_date","14400","14400","0","0","","PT4H","","","","","story/b.md","Valley Post","1","5","18","62","72","four hours","The talks lasted four hours on Tuesday.","0","2024-03-05"
--- expect
story/a.md:5:18: warning: "three hours" (Harbor Wire) = 3 hours, but "four hours" (Valley Post) = 4 hours; 1 hour apart (tolerance 5%) [same_fact/event.duration.last]
    "The talks lasted three hours on Tuesday."
    story/b.md:5:18: "The talks lasted four hours on Tuesday."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents with claims
