# a reviewed CSV whose header lost a column (note deleted in a spreadsheet)
args: check --baseline r.csv a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- file: r.csv
id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status
"0123456789abcdef","warning","discrepancy","same_fact/x.y","x{a}","msg","a.txt","1","1","q","1","b.txt","2","2","q2","2","confirmed"
--- expect
--- stderr
claimcheck: r.csv:1: row 1: 17 columns, expected the 18 of a claimcheck report (id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note)
