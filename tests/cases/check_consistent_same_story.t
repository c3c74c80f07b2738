# Two articles given together that tell two stories (no person and no
# proper word of their claims' sentences in common) are never paired,
# for agreement no more than for a discrepancy: "90 jobs" at a newspaper
# and "90 jobs" at a steel maker are no two outlets agreeing.  (Text
# written for this test.)
args: check --show all --fail-on none a.md b.md
args: check --fail-on none a.md b.md
--- file: a.md
---
date: 2024-03-05
source: Harbour Wire
---
The Morning Ledger newspaper group will cut 90 jobs, editor Ana Ruiz told staff in Oslo.
--- file: b.md
---
date: 2024-03-05
source: Valley Courier
---
Steelmaker Korvik Metals is to cut 90 jobs at its Tampere plant, chief executive Lars Berg said.
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 2 documents
