# a name with a generational suffix is keyed by its surname and the suffix
# (regression: every "Jr." of a corpus shared the key "jr", one person for
# all of them); the father, without it, is another person
args: extract --claims --format csv a.md
exit: 0
--- file: a.md
---
date: 2024-05-02
---
Robert Altieri Jr. met Harold Brenner III on Friday. Robert Altieri, his father, stayed home.
--- expect
"key","frame","subject","object","rule","vkind","gran","qual","flags","lo","hi","lo2","hi2","unit","value","value2","derivation","items","item_names","doc","source","doc_index","line","col","start","end","text","quote","sentence","doc_date","zone"
"event.date{altieri jr,brenner iii}","event.date","altieri jr,brenner iii","","event.date.met_on","instant","day","","doc_date;relative","1714089600","1714176000","0","0","","2024-04-26","","","","","a.md","a","0","4","46","70","76","Friday","Robert Altieri Jr. met Harold Brenner III on Friday.","0","2024-05-02",""
"person.name{altieri jr}","person.name","altieri jr","","builtin.name","name","none","","doc_date","0","0","0","0","","Robert Altieri Jr.","Altieri","","","","a.md","a","0","4","1","25","43","Robert Altieri Jr.","Robert Altieri Jr. met Harold Brenner III on Friday.","0","2024-05-02",""
"person.name{brenner iii}","person.name","brenner iii","","builtin.name","name","none","","doc_date","0","0","0","0","","Harold Brenner III","Brenner","","","","a.md","a","0","4","24","48","66","Harold Brenner III","Robert Altieri Jr. met Harold Brenner III on Friday.","0","2024-05-02",""
"person.name{altieri}","person.name","altieri","","builtin.name","name","none","","doc_date","0","0","0","0","","Robert Altieri","Altieri","","","","a.md","a","0","4","54","78","92","Robert Altieri","Robert Altieri, his father, stayed home.","1","2024-05-02",""
--- stderr
