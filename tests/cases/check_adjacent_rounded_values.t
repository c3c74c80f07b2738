# Regression: a frame's tolerance and the widening for rounding were added
# together, so "$3 billion" and "$4 billion" (each read as just under half
# a billion either way) met, and so did "three hours" and "four hours".
# Now the wider of the two applies: both pairs are discrepancies, while
# "$4 billion" and "$4.05 billion" still agree within deal.amount's 2%.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2024-03-05
source: Harbour Wire
---
The talks lasted three hours on Tuesday. The company agreed to buy its
rival in a deal worth $3 billion.
--- file: s/b.md
---
date: 2024-03-05
source: Valley Courier
---
The talks lasted four hours on Tuesday. The company agreed to buy its
rival in a deal worth $4 billion.
--- file: s/c.md
---
date: 2024-03-05
source: Morning Ledger
---
The company agreed to buy its rival in a deal worth $4.05 billion.
--- expect
s/a.md:5:18: warning: "three hours" (Harbour Wire) = 3 hours, but "four hours" (Valley Courier) = 4 hours; 1 hour apart (tolerance 5%) [same_fact/event.duration.last]
    "The talks lasted three hours on Tuesday."
    s/b.md:5:18: "The talks lasted four hours on Tuesday."
s/a.md:6:23: warning: "$3 billion" (Harbour Wire) = 3000000000 USD, but "$4.05 billion" (Morning Ledger) = 4050000000 USD; a difference of 1.05 billion USD (tolerance 2%) [same_fact/deal.amount.deal]
    "The company agreed to buy its rival in a deal worth $3 billion."
    s/c.md:5:53: "The company agreed to buy its rival in a deal worth $4.05 billion."

s/b.md:6:23: consistent: "$4 billion" (Valley Courier) = 4000000000 USD agrees with "$4.05 billion" (Morning Ledger) = 4050000000 USD; 2 outlets agree (2 claims) [same_fact/deal.amount.deal]
    "The company agreed to buy its rival in a deal worth $4 billion."
    s/c.md:5:53: "The company agreed to buy its rival in a deal worth $4.05 billion."

2 discrepancies (0 errors, 2 warnings, 0 info), 1 consistent, 0 unverifiable in 3 documents
