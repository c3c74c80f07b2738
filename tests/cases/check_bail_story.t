# A fraud case told by three outlets (articles written for this test; the
# people and places are made up): the bail, the day set for sentencing,
# the sum the defendant repaid and the length of his career, keyed by
# his full name whether the sentence names him or not (justice.rules,
# money.rules, people.rules).  Two outlets agree on the bail; the third
# gives $290,000 (one discrepancy); they agree on the sentencing day and
# the sum repaid, and the two that give the career agree on it.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-04
source: Harbour Wire
---
Former port official Mr. Tobias Wendt pleaded guilty on Tuesday to one count of wire fraud. Wendt, a 22-year veteran of the port authority, was released on $275,000 bail.

Sentencing has been set for Sept. 9. Wendt repaid about $40,000 to the authority last year.
--- file: s/b.md
---
date: 2025-06-04
source: Valley Courier
---
Mr. Tobias Wendt, a 22-year port authority veteran, admitted wire fraud on Tuesday. Wendt is due to be sentenced on Sept. 9.

He had already repaid about $40,000, his lawyer said. Wendt was freed on $275,000 bail.
--- file: s/c.md
---
date: 2025-06-04
source: Morning Ledger
---
A former port official pleaded guilty to fraud on Tuesday and was released on $290,000 bail.

Mr. Tobias Wendt, whose sentencing is scheduled for Sept. 9, repaid $40,000.
--- expect
s/a.md:5:102: consistent: "22-year" (Harbour Wire) = 22 years agrees with "22-year" (Valley Courier) = 22 years; 2 outlets agree (2 claims) [same_fact/career.length.veteran]
    "Wendt, a 22-year veteran of the port authority, was released on $275,000 bail."
    s/b.md:5:21: "Mr. Tobias Wendt, a 22-year port authority veteran, admitted wire fraud on Tuesday."
s/a.md:5:157: consistent: "$275,000" (Harbour Wire) = 275000 USD agrees with "$275,000" (Valley Courier) = 275000 USD; 2 outlets agree (2 claims) [same_fact/bail.amount]
    "Wendt, a 22-year veteran of the port authority, was released on $275,000 bail."
    s/b.md:7:74: "Wendt was freed on $275,000 bail."
s/a.md:5:157: warning: "$275,000" (Harbour Wire) = 275000 USD, but "$290,000" (Morning Ledger) = 290000 USD; a difference of 15000 USD (tolerance 2%) [same_fact/bail.amount]
    "Wendt, a 22-year veteran of the port authority, was released on $275,000 bail."
    s/c.md:5:79: "A former port official pleaded guilty to fraud on Tuesday and was released on $290,000 bail."
s/a.md:7:29: consistent: "Sept. 9" (Harbour Wire) = 2025-09-09 (year from the publication date) agrees with "Sept. 9" (Valley Courier) = 2025-09-09 (year from the publication date); 3 outlets agree (3 claims) [relative_date/sentencing.date]
    "Sentencing has been set for Sept. 9."
    s/b.md:5:117: "Wendt is due to be sentenced on Sept. 9."

s/c.md:7:69: consistent: "$40,000" (Morning Ledger) = 40000 USD agrees with "about $40,000" (Harbour Wire) = about 40000 USD; 3 outlets agree (3 claims) [range_qualifier/funds.repaid]
    "Mr. Tobias Wendt, whose sentencing is scheduled for Sept. 9, repaid $40,000."
    s/a.md:7:51: "Wendt repaid about $40,000 to the authority last year."

1 discrepancy (0 errors, 1 warning, 0 info), 4 consistent, 0 unverifiable in 3 documents
