# -o FILE without --format: the extension picks the format (.csv a CSV
# report that --update and --baseline read back, .json JSON, .txt text)
args: check -q --fail-on none -o r.csv a.txt && head -1 r.csv | tr -d '\r'
args: check -q --fail-on none -o r.CSV a.txt && head -1 r.CSV | tr -d '\r'
--- file: a.txt
The talks began on Monday.
--- expect
id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note
