# a claims CSV (extract --claims) given as a baseline
args: check --baseline claims.csv a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- file: claims.csv
key,frame,subject,object,rule,vkind,gran,qual,flags,lo,hi
--- expect
--- stderr
claimcheck: claims.csv:1: row 1: 11 columns, expected the 18 of a claimcheck report (id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note)
