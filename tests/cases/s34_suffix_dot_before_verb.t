# a generational suffix's dot is the name's, so a rule's words after
# the name follow it: "Carl Benson Jr. pleaded guilty on Wednesday"
# made no claim (a BASIL case), and one outlet's "Jr." against
# another's "Jr" is one person, no variant
args: check --fail-on none --show all --format text a.md b.md
--- file: a.md
---
date: 2026-03-06
source: Wire A
---
Carl Benson Jr. pleaded guilty on Wednesday to two counts of fraud.
--- file: b.md
---
date: 2026-03-06
source: Paper B
---
Carl Benson Jr pleaded guilty on Tuesday to two counts of fraud.
--- expect
b.md:5:34: warning: "Tuesday" (Paper B) = 2026-03-03, but "Wednesday" (Wire A) = 2026-03-04; 1 day apart [relative_date/plea.date]
    "Carl Benson Jr pleaded guilty on Tuesday to two counts of fraud."
    a.md:5:35: "Carl Benson Jr. pleaded guilty on Wednesday to two counts of fraud."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
