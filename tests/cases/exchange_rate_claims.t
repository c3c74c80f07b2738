# rate claims read back from a claims file (extract --claims --format csv)
# give the findings the articles gave: both amounts survive the round trip
args: check --claims --show all --fail-on warning claims.csv
exit: 1
--- file: claims.csv
"key","frame","subject","object","rule","vkind","gran","qual","flags","lo","hi","lo2","hi2","unit","value","value2","derivation","items","item_names","doc","source","doc_index","line","col","start","end","text","quote","sentence","doc_date"
"money.rate{story}|GBP/USD","money.rate","story","GBP/USD","builtin.rate","rate","none","","doc_date","4100000000","4100000000","5300000000","5300000000","GBP","1 GBP = 1.293 USD","5300000000","","","","a.md","Harbour Ledger","0","5","53","100","116","$5.3bn (£4.1bn)","Northwind Foods agreed to buy its rival Eastway for $5.3bn (£4.1bn), the firm said on Monday.","0","2024-06-12"
"money.rate{story}|GBP/USD","money.rate","story","GBP/USD","builtin.rate","rate","none","","doc_date","16400000","16400000","21000000","21000000","GBP","1 GBP = 1.28 USD","21000000","","","","a.md","Harbour Ledger","0","7","40","183","197","$21m (£16.4m)","Eastway's chief executive will receive $21m (£16.4m), and its staff pension fund a one-off payment of $1.8bn (£9.4m).","1","2024-06-12"
"money.rate{story}|GBP/USD","money.rate","story","GBP/USD","builtin.rate","rate","none","","doc_date","9400000","9400000","1800000000","1800000000","GBP","1 GBP = 191.5 USD","1800000000","","","","a.md","Harbour Ledger","0","7","103","247","262","$1.8bn (£9.4m)","Eastway's chief executive will receive $21m (£16.4m), and its staff pension fund a one-off payment of $1.8bn (£9.4m).","1","2024-06-12"
"money.rate{story}|GBP/USD","money.rate","story","GBP/USD","builtin.rate","rate","none","","doc_date","4600000000","4600000000","5300000000","5300000000","GBP","1 GBP = 1.152 USD","5300000000","","","","b.md","City Courier","1","5","26","71","87","£4.6bn ($5.3bn)","Northwind Foods will pay £4.6bn ($5.3bn) for Eastway.","0","2024-06-12"
"money.rate{story}|GBP/USD","money.rate","story","GBP/USD","builtin.rate","rate","none","","doc_date","4150000000","4150000000","5300000000","5300000000","GBP","1 GBP = 1.277 USD","5300000000","","","","c.md","Market Wire","2","5","5","49","66","£4.15bn ($5.3bn)","The £4.15bn ($5.3bn) deal was announced on Monday, and a break fee of ¥2bn ($12.7m) was agreed.","0","2024-06-13"
"money.rate{story}|JPY/USD","money.rate","story","JPY/USD","builtin.rate","rate","none","","doc_date","2000000000","2000000000","12700000","12700000","JPY","1 USD = 157.5 JPY","12700000","","","","c.md","Market Wire","2","5","71","116","130","¥2bn ($12.7m)","The £4.15bn ($5.3bn) deal was announced on Monday, and a break fee of ¥2bn ($12.7m) was agreed.","0","2024-06-13"
--- expect
a.md:5:53: consistent: "$5.3bn (£4.1bn)" (Harbour Ledger) = 1 GBP = 1.293 USD agrees with "£4.15bn ($5.3bn)" (Market Wire) = 1 GBP = 1.277 USD; 2 outlets agree (3 claims) [exchange_rate/builtin.rate]
    "Northwind Foods agreed to buy its rival Eastway for $5.3bn (£4.1bn), the firm said on Monday."
    c.md:5:5: "The £4.15bn ($5.3bn) deal was announced on Monday, and a break fee of ¥2bn ($12.7m) was agreed."
a.md:7:103: warning: "$1.8bn (£9.4m)" (Harbour Ledger) = 1 GBP = 191.5 USD, outside the bounds rules/rates.csv gives the pound sterling and the US dollar (1 GBP = 0.8621 to 2.083 USD): a lost scale or a slipped digit? [exchange_rate/builtin.rate]
    "Eastway's chief executive will receive $21m (£16.4m), and its staff pension fund a one-off payment of $1.8bn (£9.4m)."

b.md:5:26: warning: "£4.6bn ($5.3bn)" (City Courier) = 1 GBP = 1.152 USD, but "$5.3bn (£4.1bn)" (Harbour Ledger) = 1 GBP = 1.293 USD (tolerance 5%) [exchange_rate/builtin.rate]
    "Northwind Foods will pay £4.6bn ($5.3bn) for Eastway."
    a.md:5:53: "Northwind Foods agreed to buy its rival Eastway for $5.3bn (£4.1bn), the firm said on Monday."

2 discrepancies (0 errors, 2 warnings, 0 info), 1 consistent, 0 unverifiable in 3 documents with claims
--- stderr
