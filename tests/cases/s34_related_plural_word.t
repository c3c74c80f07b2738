# a plural is its word for the related-articles test: "the Liberals"
# and "the Liberal Party" meet, so the two turnouts are compared (a QA
# case: the only proper words differed by a plural's "s", and 58.3%
# against 53.8% went unread)
args: check --fail-on none --format text a.md b.md
--- file: a.md
---
date: 2026-10-05
source: Wire A
---
Ardenia's Liberal Party won Sunday's general election.

Turnout was 58.3%.
--- file: b.md
---
date: 2026-10-05
source: Paper B
---
The Liberals won 98 seats in parliament.

Turnout was 53.8%.
--- expect
b.md:7:13: warning: "53.8%" (Paper B) = 53.8%, but "58.3%" (Wire A) = 58.3%; a difference of 4.5 points [same_fact/vote.turnout]
    "Turnout was 53.8%."
    a.md:7:13: "Turnout was 58.3%."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
