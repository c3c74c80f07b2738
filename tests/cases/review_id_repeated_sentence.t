# one sentence in two articles is two findings: the review of beta's stays
# beta's when alpha, which sorts first, repeats the sentence; alpha's own
# finding is new and fails the gate
args: check --baseline rev.csv --fail-on error s
exit: 1
--- file: s/alpha.md
---
date: 2024-09-20
---
The group met on Friday, September 2, 2024.
--- file: s/beta.md
---
date: 2024-09-20
---
The group met on Friday, September 2, 2024.
--- file: rev.csv
id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note
d57b4531cbd7c753,error,discrepancy,weekday_date/builtin.weekday,date.weekday{story},"2024-09-02 is a Monday, but the article says Friday",s/beta.md,4,18,"The group met on Friday, September 2, 2024.",2024-09-02,,,,,,false_positive,"the desk checked: the group met that Friday, the date is the typo"
--- expect
s/alpha.md:4:18: error: 2024-09-02 is a Monday, but the article says Friday [weekday_date/builtin.weekday]
    "The group met on Friday, September 2, 2024."

1 discrepancy (1 error, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 2 documents (1 suppressed)
--- stderr
