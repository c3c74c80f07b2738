# A name claim's surname is the name's, not its generational suffix:
# "Robert Altieri Jr." is keyed "altieri jr" (a son apart from his
# father) with the surname "Altieri", "Henry Lowe III" the same way
# (regression: the surname column held "Jr." and "III"); a suffix after
# a comma is not taken into the name.
args: extract --claims --format csv a.md
--- file: a.md
---
date: 2025-02-15
source: A
---
Robert Altieri Jr. met the mayor on Wednesday.

Maria Duval, Jr. and Henry Lowe III spoke later.
--- expect
"key","frame","subject","object","rule","vkind","gran","qual","flags","lo","hi","lo2","hi2","unit","value","value2","derivation","items","item_names","doc","source","doc_index","line","col","start","end","text","quote","sentence","doc_date","zone"
"person.name{altieri jr}","person.name","altieri jr","","builtin.name","name","none","","doc_date","0","0","0","0","","Robert Altieri Jr.","Altieri","","","","a.md","A","0","5","1","35","53","Robert Altieri Jr.","Robert Altieri Jr. met the mayor on Wednesday.","0","2025-02-15",""
"person.name{duval}","person.name","duval","","builtin.name","name","none","","doc_date","0","0","0","0","","Maria Duval","Duval","","","","a.md","A","0","7","1","83","94","Maria Duval","Maria Duval, Jr. and Henry Lowe III spoke later.","1","2025-02-15",""
"person.name{lowe iii}","person.name","lowe iii","","builtin.name","name","none","","doc_date","0","0","0","0","","Henry Lowe III","Lowe","","","","a.md","A","0","7","22","104","118","Henry Lowe III","Maria Duval, Jr. and Henry Lowe III spoke later.","1","2025-02-15",""
