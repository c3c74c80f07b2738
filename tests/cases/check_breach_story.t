# A retailer's data breach told by three outlets (articles written for
# this test; the retailer is made up): disruption.rules reads the
# customers whose data was exposed.  Two outlets give 4.2 million, the
# third 2.4 million (a discrepancy); the retailer's store count is no claim.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-04-22
source: Harbour Wire
---
Hackers stole the personal data of 4.2 million customers of the retailer Westmart, the company said on Monday.

The breach exposed names, addresses and card details. Westmart said it had discovered the attack on April 14.

The firm's shares fell 6% on the news.
--- file: s/b.md
---
date: 2025-04-22
source: Valley Courier
---
Westmart has admitted that the records of 4.2 million customers were exposed in a cyber-attack.

The retailer, which has 310 stores, said the attack was discovered on April 14.
--- file: s/c.md
---
date: 2025-04-22
source: Morning Ledger
---
The data of 2.4 million Westmart customers was stolen in a cyber-attack, the retailer said.

It found the breach on April 14 and informed the regulator three days later.
--- expect
s/a.md:5:36: consistent: "4.2 million" (Harbour Wire) = 4200000 agrees with "4.2 million" (Valley Courier) = 4200000; 2 outlets agree (2 claims) [same_fact/breach.affected]
    "Hackers stole the personal data of 4.2 million customers of the retailer Westmart, the company said on Monday."
    s/b.md:5:43: "Westmart has admitted that the records of 4.2 million customers were exposed in a cyber-attack."
s/a.md:7:101: consistent: "April 14" (Harbour Wire) = 2025-04-14 (year from the publication date) agrees with "April 14" (Valley Courier) = 2025-04-14 (year from the publication date); 3 outlets agree (3 claims) [relative_date/breach.discovered]
    "Westmart said it had discovered the attack on April 14."
    s/b.md:7:71: "The retailer, which has 310 stores, said the attack was discovered on April 14."

s/c.md:5:13: warning: "2.4 million" (Morning Ledger) = 2400000, but "4.2 million" (Harbour Wire) = 4200000; a difference of 1800000; the same digits, two of them swapped (a typing slip?) [same_fact/breach.affected]
    "The data of 2.4 million Westmart customers was stolen in a cyber-attack, the retailer said."
    s/a.md:5:36: "Hackers stole the personal data of 4.2 million customers of the retailer Westmart, the company said on Monday."

1 discrepancy (0 errors, 1 warning, 0 info), 2 consistent, 0 unverifiable in 3 documents
