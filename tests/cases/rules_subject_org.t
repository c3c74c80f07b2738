# `subject org` keys a claim by the firm: the organization of the match,
# else the nearest in the sentence, else the last one named in the
# sentence before ("it reported"), else the one the article names most;
# two firms' profits in one article are two facts
args: extract --claims --format csv --rules rules a.md b.md
exit: 0
copy: rules
--- file: rules/zz_org.rules
rule zz.firm.profit
  about   a test rule: a firm's profit, keyed by the firm
  frame   zz.firm_profit
  match   reported ...{0,4} profits to {MONEY:m}
  subject org
--- file: a.md
---
date: 2025-02-20
---
Lender Carrow & Finch and housebuilder Tomas Brenneck both gave results on Monday.

Carrow & Finch said lending grew. The news came as it reported a 6% rise in profits to £210.4m. Brenneck reported a 12% rise in profits to £390.1m and said bookings were strong. Shares in Brenneck rose 3%.
--- file: b.md
---
date: 2025-02-20
---
Quillon, the country's second-biggest software firm, has reported a rise in profit.

Demand was strong, Quillon said, and the group reported a rise in profits to $3.2bn. Analysts at Marrow Partners said prices were firm.
--- expect
"key","frame","subject","object","rule","vkind","gran","qual","flags","lo","hi","lo2","hi2","unit","value","value2","derivation","items","item_names","doc","source","doc_index","line","col","start","end","text","quote","sentence","doc_date","zone"
"zz.firm_profit{carrow & finch}","zz.firm_profit","carrow & finch","","zz.firm.profit","money","none","","doc_date","210400000","210400000","0","0","GBP","210400000","","","","","a.md","a","0","6","88","196","204","£210.4m","The news came as it reported a 6% rise in profits to £210.4m.","2","2025-02-20",""
"results.profit{story}","results.profit","story","","results.profit","money","none","","doc_date","210400000","210400000","0","0","GBP","210400000","","","","","a.md","a","0","6","88","196","204","£210.4m","The news came as it reported a 6% rise in profits to £210.4m.","2","2025-02-20",""
"zz.firm_profit{tomas brenneck}","zz.firm_profit","tomas brenneck","","zz.firm.profit","money","none","","doc_date","390100000","390100000","0","0","GBP","390100000","","","","","a.md","a","0","6","140","249","257","£390.1m","Brenneck reported a 12% rise in profits to £390.1m and said bookings were strong.","3","2025-02-20",""
"results.profit{story}","results.profit","story","","results.profit","money","none","","doc_date","390100000","390100000","0","0","GBP","390100000","","","","","a.md","a","0","6","140","249","257","£390.1m","Brenneck reported a 12% rise in profits to £390.1m and said bookings were strong.","3","2025-02-20",""
"zz.firm_profit{quillon}","zz.firm_profit","quillon","","zz.firm.profit","money","none","","doc_date","3200000000","3200000000","0","0","USD","3200000000","","","","","b.md","b","1","6","78","187","193","$3.2bn","Demand was strong, Quillon said, and the group reported a rise in profits to $3.2bn.","1","2025-02-20",""
"results.profit{story}","results.profit","story","","results.profit","money","none","","doc_date","3200000000","3200000000","0","0","USD","3200000000","","","","","b.md","b","1","6","78","187","193","$3.2bn","Demand was strong, Quillon said, and the group reported a rise in profits to $3.2bn.","1","2025-02-20",""
--- stderr
