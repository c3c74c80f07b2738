# a reviewed CSV with a renamed column: the header must be the report's
args: check --baseline r.csv a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- file: r.csv
id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,Status ,note
"0123456789abcdef","warning","discrepancy","same_fact/x.y","x{a}","msg","a.txt","1","1","q","1","b.txt","2","2","q2","2","confirmed","checked"
--- expect
--- stderr
claimcheck: r.csv:1: row 1, column 17: expected 'status', found 'Status ' (not a claimcheck report, or its columns were changed)
