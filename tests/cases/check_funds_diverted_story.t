# A governor's emergency order told by three outlets (articles written for
# this test; the people are made up): money.rules reads the money moved
# from each budget, keyed by the budget.  Two outlets give $2.1 billion
# from highway construction; the third $2.2 billion (a discrepancy).  The
# $400 million from flood programs is another source and meets nothing;
# the bill's grant is read once per outlet and agrees to its rounding.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-02-15
source: Harbour Wire
---
The order lets Governor Ana Ruiz divert $2.1 billion from highway construction projects to the dam. She will also tap $400 million from flood programs.

The spending bill, which grants her $1.375 billion for the dam, passed on Thursday.
--- file: s/b.md
---
date: 2025-02-15
source: Valley Courier
---
Ruiz would unlock money from the state's highway construction budget, to the tune of $2.2 billion.

The package includes just $1.4 billion for the dam.
--- file: s/c.md
---
date: 2025-02-15
source: Morning Ledger
---
Governor Ana Ruiz will redirect $2.1 billion in highway construction funds to the dam.
--- expect
s/a.md:5:41: warning: "$2.1 billion" (Harbour Wire) = 2100000000 USD, but "$2.2 billion" (Valley Courier) = 2200000000 USD; a difference of 100 million USD (tolerance 2%) [same_fact/funds.diverted]
    "The order lets Governor Ana Ruiz divert $2.1 billion from highway construction projects to the dam."
    s/b.md:5:86: "Ruiz would unlock money from the state's highway construction budget, to the tune of $2.2 billion."
s/a.md:5:41: consistent: "$2.1 billion" (Harbour Wire) = 2100000000 USD agrees with "$2.1 billion" (Morning Ledger) = 2100000000 USD; 2 outlets agree (2 claims) [same_fact/funds.diverted]
    "The order lets Governor Ana Ruiz divert $2.1 billion from highway construction projects to the dam."
    s/c.md:5:33: "Governor Ana Ruiz will redirect $2.1 billion in highway construction funds to the dam."
s/a.md:7:37: consistent: "$1.375 billion" (Harbour Wire) = 1375000000 USD agrees with "$1.4 billion" (Valley Courier) = 1400000000 USD; 2 outlets agree (2 claims) [same_fact/funds.approved]
    "The spending bill, which grants her $1.375 billion for the dam, passed on Thursday."
    s/b.md:7:27: "The package includes just $1.4 billion for the dam."

1 discrepancy (0 errors, 1 warning, 0 info), 2 consistent, 0 unverifiable in 3 documents
