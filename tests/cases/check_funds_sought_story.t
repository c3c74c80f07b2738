# A budget standoff told by three outlets (articles written for this test;
# the people are made up): money.rules reads the money the governor
# demanded.  Two outlets give $3.2 billion; the third $4.1 billion (a
# discrepancy).  What the legislature granted and a sum she is "expected"
# to seek next year make no claims.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-02-15
source: Harbour Wire
---
Governor Ana Ruiz requested $3.2 billion for the new dam, but the legislature granted $900 million.
--- file: s/b.md
---
date: 2025-02-15
source: Valley Courier
---
The budget included none of the $3.2 billion that Governor Ana Ruiz demanded for the dam.

Ruiz is expected to seek an extra $2 billion next year.
--- file: s/c.md
---
date: 2025-02-15
source: Morning Ledger
---
The standoff began over Governor Ana Ruiz's demand for $4.1 billion for the dam.
--- expect
s/a.md:5:29: warning: "$3.2 billion" (Harbour Wire) = 3200000000 USD, but "$4.1 billion" (Morning Ledger) = 4100000000 USD; a difference of 900 million USD (tolerance 2%) [same_fact/funds.sought]
    "Governor Ana Ruiz requested $3.2 billion for the new dam, but the legislature granted $900 million."
    s/c.md:5:56: "The standoff began over Governor Ana Ruiz's demand for $4.1 billion for the dam."
s/a.md:5:29: consistent: "$3.2 billion" (Harbour Wire) = 3200000000 USD agrees with "$3.2 billion" (Valley Courier) = 3200000000 USD; 2 outlets agree (2 claims) [same_fact/funds.sought]
    "Governor Ana Ruiz requested $3.2 billion for the new dam, but the legislature granted $900 million."
    s/b.md:5:33: "The budget included none of the $3.2 billion that Governor Ana Ruiz demanded for the dam."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
