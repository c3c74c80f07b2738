# Markdown's inline markup does not hide claims: emphasis, links and tags
# are blanked (offsets kept), an image's alt text is not the article's
# (regression: "**15** people were killed" gave no claim); a .txt file
# keeps its asterisks
args: extract --claims --format csv a.md b.txt
exit: 0
--- file: a.md
---
date: 2024-03-07
source: A
---
**15** people were killed in the fire on Monday.

_Twenty_ people were [injured](https://example.org/report_2024) and ![a photo of 40 trucks](img/40.png) crews attended.

<strong>12</strong> residents were missing.
--- file: b.txt
---
date: 2024-03-07
source: B
---
**15** people were killed in the fire on Monday.
--- expect
"key","frame","subject","object","rule","vkind","gran","qual","flags","lo","hi","lo2","hi2","unit","value","value2","derivation","items","item_names","doc","source","doc_index","line","col","start","end","text","quote","sentence","doc_date","zone"
"toll.dead{story}","toll.dead","story","","toll.dead.were_killed","count","none","","doc_date","15","15","0","0","","15","","","","","a.md","A","0","5","3","37","39","15","15 people were killed in the fire on Monday.","0","2024-03-07",""
"toll.injured{story}","toll.injured","story","","toll.injured.were_injured","count","none","","doc_date","20","20","0","0","","20","","","","","a.md","A","0","7","2","86","92","Twenty","Twenty people were injured and crews attended.","1","2024-03-07",""
"toll.missing{story}","toll.missing","story","","toll.missing","count","none","","doc_date","12","12","0","0","","12","","","","","a.md","A","0","9","9","214","216","12","12 residents were missing.","2","2024-03-07",""
--- stderr
