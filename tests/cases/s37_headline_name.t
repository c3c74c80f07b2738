# A headline's run of capitals names a person when a known first name and
# one more word end it ("Charging Martin Hale, ..."): the suffixed full
# name below ("Martin J. Hale Jr.") is then not the only Hale, and "Mr.
# Hale" keys as the other outlet's "Martin Hale" does.  A run whose last
# word is a verb form ("Judge Frees Martin Hale Between Hearings" ends at
# "Between") names no one.  (Text written for this test.)
args: extract --claims --format csv --jobs 1 a.md b.md
--- file: a.md
---
date: 2024-03-20
source: Capital Daily
---
Charging Martin Hale, Prosecutors Show Link Between Aide and Donor

Martin J. Hale Jr., a longtime adviser, was arrested on Friday.

Mr. Hale was charged with six counts.
--- file: b.md
---
date: 2024-03-20
source: River Post
---
Martin Hale was charged with six counts on Friday.
--- expect
"key","frame","subject","object","rule","vkind","gran","qual","flags","lo","hi","lo2","hi2","unit","value","value2","derivation","items","item_names","doc","source","doc_index","line","col","start","end","text","quote","sentence","doc_date","zone"
"charges.counts{hale}","charges.counts","hale","","charges.counts","count","none","","doc_date","6","6","0","0","","6","","","","","a.md","Capital Daily","0","9","27","206","209","six","Mr. Hale was charged with six counts.","2","2024-03-20",""
"person.name{hale}","person.name","hale","","builtin.name","name","none","","doc_date","0","0","0","0","","Martin Hale","Hale","","","","a.md","Capital Daily","0","5","10","56","67","Martin Hale","Charging Martin Hale, Prosecutors Show Link Between Aide and Donor","0","2024-03-20",""
"person.name{hale jr}","person.name","hale jr","","builtin.name","name","none","","doc_date","0","0","0","0","","Martin J. Hale Jr.","Hale","","","","a.md","Capital Daily","0","7","1","115","133","Martin J. Hale Jr.","Martin J. Hale Jr., a longtime adviser, was arrested on Friday.","1","2024-03-20",""
"charges.counts{hale}","charges.counts","hale","","charges.counts","count","none","","doc_date","6","6","0","0","","6","","","","","b.md","River Post","1","5","30","73","76","six","Martin Hale was charged with six counts on Friday.","0","2024-03-20",""
"person.name{hale}","person.name","hale","","builtin.name","name","none","","doc_date","0","0","0","0","","Martin Hale","Hale","","","","b.md","River Post","1","5","1","44","55","Martin Hale","Martin Hale was charged with six counts on Friday.","0","2024-03-20",""
