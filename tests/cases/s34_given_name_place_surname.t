# a known given name and a place word is a person ("Helen Park", "Mike
# Lake"), unless a preposition or an article makes it a place ("in
# Stanley Park"): before, "Helen Park" was a place and her time in
# office went to the next person named (a QA case)
args: extract --claims --format csv a.md
--- file: a.md
---
date: 2026-03-04
source: Wire A
---
Helen Park, in office since July 2025, swapped eight ministers on Tuesday. New finance minister Jane Roe, 53, took over.

Mike Lake, 47, spoke at a rally in Stanley Park.
--- expect
"key","frame","subject","object","rule","vkind","gran","qual","flags","lo","hi","lo2","hi2","unit","value","value2","derivation","items","item_names","doc","source","doc_index","line","col","start","end","text","quote","sentence","doc_date","zone"
"office.start{park}","office.start","park","","office.start.taking_office","instant","month","","doc_date","1751328000","1754006400","0","0","","2025-07","","","","","a.md","Wire A","0","5","29","68","77","July 2025","Helen Park, in office since July 2025, swapped eight ministers on Tuesday.","0","2026-03-04",""
"person.birth{jane roe}","person.birth","jane roe","","person.age.apposition","instant","year","","doc_date;relative","68515200","100051200","0","0","","1972-09-02","","2026-03-04 - 53 years","","","a.md","Wire A","0","5","107","146","148","53","New finance minister Jane Roe, 53, took over.","1","2026-03-04",""
"person.birth{michael lake}","person.birth","michael lake","","person.age.apposition","instant","year","","doc_date;relative","257817600","289353600","0","0","","1978-09-02","","2026-03-04 - 47 years","","","a.md","Wire A","0","7","12","173","175","47","Mike Lake, 47, spoke at a rally in Stanley Park.","2","2026-03-04",""
"person.name{park}","person.name","park","","builtin.name","name","none","","doc_date","0","0","0","0","","Helen Park","Park","","","","a.md","Wire A","0","5","1","40","50","Helen Park","Helen Park, in office since July 2025, swapped eight ministers on Tuesday.","0","2026-03-04",""
"person.name{roe}","person.name","roe","","builtin.name","name","none","","doc_date","0","0","0","0","","Jane Roe","Roe","","","","a.md","Wire A","0","5","97","136","144","Jane Roe","New finance minister Jane Roe, 53, took over.","1","2026-03-04",""
"person.name{lake}","person.name","lake","","builtin.name","name","none","","doc_date","0","0","0","0","","Mike Lake","Lake","","","","a.md","Wire A","0","7","1","162","171","Mike Lake","Mike Lake, 47, spoke at a rally in Stanley Park.","2","2026-03-04",""
