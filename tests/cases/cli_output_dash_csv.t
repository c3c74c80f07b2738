# "-o -" with a csv report: the csv on stdout and the summary on stderr,
# as without -o
args: check --format csv -o - a.txt
args: check --format csv a.txt
--- file: a.txt
The levy rose by 25%.
--- expect
id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note
--- stderr
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 1 document
