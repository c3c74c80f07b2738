# A court story told by three outlets (articles written for this test; the
# people and places are made up): the lead sentences name no one ("A
# former council treasurer has been jailed"), so people.rules and
# justice.rules key the prison term, the fine, the counts admitted and
# the sum stolen by the person the article names most (the surname), and
# the outlets that name him in the sentence meet those that do not.  Two
# outlets agree on the sum and the counts; the third gives £1.9m and 12
# counts (two discrepancies).
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-04
source: Harbour Wire
---
A former council treasurer has been jailed for five years for stealing £1.7m from the town's pension fund.

Edgar Pollin, 58, admitted 11 counts of theft at Westford Crown Court. He must also pay a fine of £40,000.
--- file: s/b.md
---
date: 2025-06-04
source: Valley Courier
---
Edgar Pollin, the town's former treasurer, was jailed for five years on Wednesday.

The court heard that Pollin had stolen £1.7m over a decade. Pollin pleaded guilty to 11 counts of theft.
--- file: s/c.md
---
date: 2025-06-04
source: Morning Ledger
---
A former council treasurer who stole £1.9m from a pension fund has been sentenced to five years in prison.

Edgar Pollin pleaded guilty to 12 counts of theft and was ordered to pay a £40,000 fine.
--- expect
s/a.md:5:48: consistent: "five years" (Harbour Wire) = 5 years agrees with "five years" (Valley Courier) = 5 years; 3 outlets agree (3 claims) [same_fact/sentence.prison.unnamed]
    "A former council treasurer has been jailed for five years for stealing £1.7m from the town's pension fund."
    s/b.md:5:59: "Edgar Pollin, the town's former treasurer, was jailed for five years on Wednesday."
s/a.md:5:72: warning: "£1.7m" (Harbour Wire) = 1700000 GBP, but "£1.9m" (Morning Ledger) = 1900000 GBP; a difference of 200000 GBP (tolerance 2%) [same_fact/theft.amount]
    "A former council treasurer has been jailed for five years for stealing £1.7m from the town's pension fund."
    s/c.md:5:38: "A former council treasurer who stole £1.9m from a pension fund has been sentenced to five years in prison."
s/a.md:5:72: consistent: "£1.7m" (Harbour Wire) = 1700000 GBP agrees with "£1.7m" (Valley Courier) = 1700000 GBP; 2 outlets agree (2 claims) [same_fact/theft.amount]
    "A former council treasurer has been jailed for five years for stealing £1.7m from the town's pension fund."
    s/b.md:7:40: "The court heard that Pollin had stolen £1.7m over a decade."
s/a.md:7:28: consistent: "11" (Harbour Wire) = 11 agrees with "11" (Valley Courier) = 11; 2 outlets agree (2 claims) [same_fact/plea.counts]
    "Edgar Pollin, 58, admitted 11 counts of theft at Westford Crown Court."
    s/b.md:7:86: "Pollin pleaded guilty to 11 counts of theft."
s/a.md:7:28: warning: "11" (Harbour Wire) = 11, but "12" (Morning Ledger) = 12; a difference of 1 [same_fact/plea.counts]
    "Edgar Pollin, 58, admitted 11 counts of theft at Westford Crown Court."
    s/c.md:7:32: "Edgar Pollin pleaded guilty to 12 counts of theft and was ordered to pay a £40,000 fine."
s/a.md:7:99: consistent: "£40,000" (Harbour Wire) = 40000 GBP agrees with "£40,000" (Morning Ledger) = 40000 GBP; 2 outlets agree (2 claims) [same_fact/penalty.fine.person.unnamed]
    "He must also pay a fine of £40,000."
    s/c.md:7:76: "Edgar Pollin pleaded guilty to 12 counts of theft and was ordered to pay a £40,000 fine."

2 discrepancies (0 errors, 2 warnings, 0 info), 4 consistent, 0 unverifiable in 3 documents
