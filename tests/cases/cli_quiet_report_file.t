# -q with -o: the file is still written; stderr has only the summary (the
# file is the one the user named; a --report name is still told)
args: check -q --format csv -o r.csv a.txt && head -1 r.csv | tr -d '\r'
--- file: a.txt
The levy rose by 25%.
--- expect
id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note
--- stderr
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 1 document
