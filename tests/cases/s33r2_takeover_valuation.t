# A takeover told by two outlets (articles written for this test; the firms
# are made up): what the deal values the target at and the premium over
# the share price are each one fact of the story.  An offer of an earlier
# year that valued the firm at another sum makes no claim.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2026-04-07
source: Harbour Wire
---
Ostrand Group agreed to buy the grocer Pellow for $22 a share in cash, valuing the business at $7.8 billion, a 29% premium to Monday's close.

In 2021, Pellow turned down an offer that valued it at $4 billion.
--- file: s/b.md
---
date: 2026-04-07
source: Valley Courier
---
Ostrand Group will pay $22 a share, a premium of 26%, in a takeover valuing Pellow at $8.7 billion.
--- expect
s/a.md:5:96: warning: "$7.8 billion" (Harbour Wire) = 7800000000 USD, but "$8.7 billion" (Valley Courier) = 8700000000 USD; a difference of 900 million USD (tolerance 2%); the same digits, two of them swapped (a typing slip?) [same_fact/deal.valuation]
    "Ostrand Group agreed to buy the grocer Pellow for $22 a share in cash, valuing the business at $7.8 billion, a 29% premium to Monday's close."
    s/b.md:5:87: "Ostrand Group will pay $22 a share, a premium of 26%, in a takeover valuing Pellow at $8.7 billion."

s/b.md:5:50: warning: "26%" (Valley Courier) = 26%, but "29%" (Harbour Wire) = 29%; a difference of 3 points [same_fact/deal.premium]
    "Ostrand Group will pay $22 a share, a premium of 26%, in a takeover valuing Pellow at $8.7 billion."
    s/a.md:5:112: "Ostrand Group agreed to buy the grocer Pellow for $22 a share in cash, valuing the business at $7.8 billion, a 29% premium to Monday's close."

2 discrepancies (0 errors, 2 warnings, 0 info), 0 consistent, 0 unverifiable in 2 documents
