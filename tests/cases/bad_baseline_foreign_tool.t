# another linter's CSV given as a baseline
args: check --baseline lint.csv a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- file: lint.csv
File,Line,Column,Severity,Message
src/a.c,3,4,warning,unused variable
--- expect
--- stderr
claimcheck: lint.csv:1: row 1: 5 columns, expected the 18 of a claimcheck report (id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note)
