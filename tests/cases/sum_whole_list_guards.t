# Regressions for a total told after its parts (breakdown.total.after):
# a list of five or more parts is read from its fourth last part, so a
# four-part read says nothing when short (it may be a longer list's
# tail); a total more than twice its parts counts on from an earlier
# figure, not a slip; a three-part list short of its total is still
# flagged.  Articles written for this test.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-03-12
source: Harbour Wire
---
The squad won 1 gold, 2 silver, 3 bronze, 4 fourth places and 5 fifth places, for a total of 15 finals.

The firm opened 12 stores and 8 outlets, for a total of 340.

Crews rescued 30 adults, 9 teenagers and 12 children, 55 people in all.
--- expect
s/a.md:9:55: warning: parts of a total in one sentence: "30" 30 + "9" 9 + "12" 12 = 51, less than the total "55" (Harbour Wire) = 55 [parts_total/breakdown.total.after]
    "Crews rescued 30 adults, 9 teenagers and 12 children, 55 people in all."
    s/a.md:9:15: "Crews rescued 30 adults, 9 teenagers and 12 children, 55 people in all."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 1 document
