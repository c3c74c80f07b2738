# a reviewed finding between two claims keeps its id when another outlet
# states one of the values and its sentence becomes that side's example
# ("aaa.md" sorts first): --baseline still suppresses it
args: check --baseline rev.csv --fail-on warning s
exit: 0
--- file: s/coast.md
---
date: 2024-09-17
source: Coast Times
place: Vancouver
---
The ocean talks began at 9:00am Pacific time in Vancouver on Tuesday.
--- file: s/wire.md
---
date: 2024-09-17
source: Harbour Wire
---
The ocean talks began at 1700 GMT on Tuesday.
--- file: s/aaa.md
---
date: 2024-09-17
source: Bay Ledger
place: Vancouver
---
Ocean talks opened at 9am Pacific time in Vancouver on Tuesday.
--- file: rev.csv
id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note
c85e1591b8718672,warning,discrepancy,same_fact/event.start.begins,event.start_time{story},"""9:00am Pacific time"" (Coast Times) = 16:00 UTC, but ""1700 GMT on Tuesday"" (Harbour Wire) = 2024-09-17 17:00 UTC; 1 hour apart",s/coast.md,6,26,The ocean talks began at 9:00am Pacific time in Vancouver on Tuesday.,16:00 UTC,s/wire.md,5,26,The ocean talks began at 1700 GMT on Tuesday.,2024-09-17 17:00 UTC,confirmed,Wire had the time wrong; it corrected at 14:02
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 1 consistent, 0 unverifiable in 3 documents (1 suppressed)
--- stderr
