# a reviewed CSV with a stray quote inside an unquoted cell names row and column; exit 2
args: check --baseline r.csv a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- file: r.csv
id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note
"0123456789abcdef","warning","discrepancy","same_fact/x.y","x{a}",m"sg,"a.txt","1","1","q","1","b.txt","2","2","q2","2","confirmed","checked"
--- expect
--- stderr
claimcheck: r.csv:2: row 2, column 6 (message): malformed quoting (a quote inside an unquoted cell, or text after a closing quote)
