# An airline's IT outage told by three outlets (articles written for this
# test; the airline is made up): disruption.rules reads the flights
# cancelled, the passengers affected and how long the systems were down.
# Two outlets give six hours, the third nine (a discrepancy); the flights
# and passengers agree, one with "more than" and one with "about".
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-03
source: Harbour Wire
---
Northair cancelled 1,200 flights on Monday after a computer failure grounded its fleet for six hours.

About 150,000 passengers were affected, the airline said. Its systems were restored by 2 p.m.

The airline said it would compensate travellers.
--- file: s/b.md
---
date: 2025-06-03
source: Valley Courier
---
A six-hour IT outage at Northair forced the airline to cancel 1,200 flights on Monday, disrupting the plans of 150,000 passengers.

The carrier blamed a faulty software update.
--- file: s/c.md
---
date: 2025-06-03
source: Morning Ledger
---
More than 1,200 flights were cancelled on Monday when Northair's booking and check-in systems went down for nine hours.

The airline said 150,000 passengers had been affected.
--- expect
s/a.md:5:20: consistent: "1,200" (Harbour Wire) = 1200 agrees with "More than 1,200" (Morning Ledger) = more than 1200; 3 outlets agree (3 claims) [range_qualifier/flights.cancelled]
    "Northair cancelled 1,200 flights on Monday after a computer failure grounded its fleet for six hours."
    s/c.md:5:1: "More than 1,200 flights were cancelled on Monday when Northair's booking and check-in systems went down for nine hours."
s/a.md:5:92: warning: "six hours" (Harbour Wire) = 6 hours, but "nine hours" (Morning Ledger) = 9 hours; 3 hours apart [same_fact/outage.duration]
    "Northair cancelled 1,200 flights on Monday after a computer failure grounded its fleet for six hours."
    s/c.md:5:109: "More than 1,200 flights were cancelled on Monday when Northair's booking and check-in systems went down for nine hours."
s/a.md:5:92: consistent: "six hours" (Harbour Wire) = 6 hours agrees with "six-hour" (Valley Courier) = 6 hours; 2 outlets agree (2 claims) [same_fact/outage.duration]
    "Northair cancelled 1,200 flights on Monday after a computer failure grounded its fleet for six hours."
    s/b.md:5:3: "A six-hour IT outage at Northair forced the airline to cancel 1,200 flights on Monday, disrupting the plans of 150,000 passengers."

s/b.md:5:112: consistent: "150,000" (Valley Courier) = 150000 agrees with "About 150,000" (Harbour Wire) = about 150000; 3 outlets agree (3 claims) [range_qualifier/passengers.affected]
    "A six-hour IT outage at Northair forced the airline to cancel 1,200 flights on Monday, disrupting the plans of 150,000 passengers."
    s/a.md:7:1: "About 150,000 passengers were affected, the airline said."

1 discrepancy (0 errors, 1 warning, 0 info), 3 consistent, 0 unverifiable in 3 documents
