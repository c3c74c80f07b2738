# business words no surname shares make a capitalized run a firm, not a
# person (regression: "General Electric" was General Electric the
# officer, "Teva Pharmaceuticals" and "LG Electronics" were people); a
# general with a name is still a person
args: extract --claims --format csv a.md
exit: 0
--- file: a.md
---
date: 2024-05-02
---
General Electric and Norvale Pharmaceuticals rose, while LG Electronics and Brightwater Software fell.
General Ana Ruiz said the plan for Kestrel Dynamics was sound.
--- expect
"key","frame","subject","object","rule","vkind","gran","qual","flags","lo","hi","lo2","hi2","unit","value","value2","derivation","items","item_names","doc","source","doc_index","line","col","start","end","text","quote","sentence","doc_date","zone"
"person.name{ruiz}","person.name","ruiz","","builtin.name","name","none","","doc_date","0","0","0","0","","Ana Ruiz","Ruiz","","","","a.md","a","0","5","9","136","144","Ana Ruiz","General Ana Ruiz said the plan for Kestrel Dynamics was sound.","1","2024-05-02",""
--- stderr
