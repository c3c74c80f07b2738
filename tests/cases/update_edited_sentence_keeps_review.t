# A one-claim finding (a weekday against its date) takes its id from its
# sentence; after an edit elsewhere in that sentence ("nine" to "eight")
# --update keeps the reviewer's status and note on the finding (the row
# takes the new id) and --baseline still suppresses it.  A finding whose
# values changed is a new one.
args: check -q --fail-on none -o r.csv d && sed 's/,"",""\r$/,"fixed","desk: wire has it"\r/' r.csv > s.csv && sed -i 's/nine people/eight people/' d/a.md && "$bin" check -q --fail-on none --update s.csv d && tr -d '\r' < s.csv | sed 's/^"\([^"]*\)".*,"\([^"]*\)","\([^"]*\)"$/\1 \2 \3/'  && "$bin" check -q --fail-on warning --baseline s.csv d; echo "baseline exit $?"; sed -i 's/November 16/November 17/' d/a.md && "$bin" check -q --fail-on none --update s.csv d && tr -d '\r' < s.csv | sed 's/^"\([^"]*\)".*,"\([^"]*\)","\([^"]*\)"$/\1 \2 \3/' 
--- file: d/a.md
---
date: 2026-11-17
source: A
---
The train derailed on Sunday, November 16, killing nine people.
--- expect
id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note
c3ac04f3eefb48ab fixed desk: wire has it
baseline exit 0
id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note
c3ac04f3eefb48ab fixed desk: wire has it [gone]
e3a0b8ff3a887dd1  
