# a suppression comment in a Markdown file, blanked from the text, still
# applies to the line after its end (here a comment over two lines)
args: check --format csv --fail-on none a.md
--- file: a.md
---
date: 2024-09-20
---
<!-- claimcheck-disable-next-line weekday_date: the desk
     checked the date -->
The council met on Monday, September 17, to vote on the budget.
--- expect
id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note
"c6a9f2c8a2fd88e2","error","discrepancy","weekday_date/builtin.weekday","date.weekday{story}","2024-09-17 is a Tuesday, but the article says Monday (year 2024 taken from the publication date)","a.md","6","20","The council met on Monday, September 17, to vote on the budget.","2024-09-17","","","","","","accepted","the desk checked the date"
