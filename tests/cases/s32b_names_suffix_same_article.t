# An article that names Robert Altieri Jr. and then "Mr Altieri" (no
# father named in full) keys both mentions as the son.
args: extract --claims --format csv a.md
--- file: a.md
---
date: 2025-02-15
source: A
---
Robert Altieri Jr. met the mayor on Friday. Mr Altieri, 47, said the talks went well.
--- expect
"key","frame","subject","object","rule","vkind","gran","qual","flags","lo","hi","lo2","hi2","unit","value","value2","derivation","items","item_names","doc","source","doc_index","line","col","start","end","text","quote","sentence","doc_date","zone"
"person.birth{robert altieri jr}","person.birth","robert altieri jr","","person.age.apposition","instant","year","","doc_date;relative","224812800","256348800","0","0","","1977-08-16","","2025-02-15 - 47 years","","","a.md","A","0","5","57","91","93","47","Mr Altieri, 47, said the talks went well.","1","2025-02-15",""
"person.name{altieri jr}","person.name","altieri jr","","builtin.name","name","none","","doc_date","0","0","0","0","","Robert Altieri Jr.","Altieri","","","","a.md","A","0","5","1","35","53","Robert Altieri Jr.","Robert Altieri Jr. met the mayor on Friday.","0","2025-02-15",""
"person.name{altieri jr}","person.name","altieri jr","","builtin.name","name","none","","doc_date","0","0","0","0","","Altieri","Altieri","","","","a.md","A","0","5","48","82","89","Altieri","Mr Altieri, 47, said the talks went well.","1","2025-02-15",""
