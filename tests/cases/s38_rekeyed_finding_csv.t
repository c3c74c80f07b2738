# A finding of a claim the check stage rekeyed by the full name ("Mr
# Altieri" of one outlet is the other's Robert Altieri) keeps its key in
# a CSV report (regression: the key was borrowed from the check run's
# arena, freed before the report was written; `make valgrind` runs this)
args: check --fail-on none --format csv a.md b.md
--- file: a.md
---
date: 2025-02-15
source: A
---
Robert Altieri, 45, met the mayor on Wednesday.
--- file: b.md
---
date: 2025-02-15
source: B
---
The mayor met Mr Altieri, 47, on Wednesday.
--- expect
id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note
"b365506baabf1924","warning","discrepancy","age_birth/person.age.apposition","person.birth{robert altieri}","""47"" (B) = 2025-02-15 - 47 years = 1977-02-15 to 1978-02-14, but ""45"" (A) = 2025-02-15 - 45 years = 1979-02-15 to 1980-02-14; 2 years apart","b.md","5","27","The mayor met Mr Altieri, 47, on Wednesday.","1977-02-15 to 1978-02-14","a.md","5","17","Robert Altieri, 45, met the mayor on Wednesday.","1979-02-15 to 1980-02-14","",""
