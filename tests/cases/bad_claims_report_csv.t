# check --claims given a report CSV instead of a claims CSV
args: check --claims r.csv
exit: 2
--- file: r.csv
id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note
"0123456789abcdef","warning","discrepancy","same_fact/x.y","x{a}","msg","a.txt","1","1","q","1","b.txt","2","2","q2","2","confirmed","checked"
--- expect
--- stderr
claimcheck: r.csv:1: header lacks the column 'frame' (not a claims CSV?)
