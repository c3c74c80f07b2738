# a seat's majority in votes and a ransom told by its verb meet across
# outlets (session 44's QA pass): digits swapped between two outlets
args: check --show all --fail-on warning a.md b.md
exit: 1
--- file: a.md
---
date: 2025-03-10
source: First Post
---
Green candidate Ann Ruiz won the seat with a majority of 2,314 votes, the results showed.

The hackers who hit the city's hospitals demanded $4.5 million in bitcoin, officials said.
--- file: b.md
---
date: 2025-03-10
source: Second Herald
---
Ann Ruiz won the election with a majority of 3,214 votes over her rival.

The ransomware gang demanded $5.4 million from the hospitals, officials said.
--- expect
a.md:5:58: warning: "2,314" (First Post) = 2314, but "3,214" (Second Herald) = 3214; a difference of 900; the same digits, two of them swapped (a typing slip?) [same_fact/vote.margin.majority]
    "Green candidate Ann Ruiz won the seat with a majority of 2,314 votes, the results showed."
    b.md:5:46: "Ann Ruiz won the election with a majority of 3,214 votes over her rival."
a.md:7:51: warning: "$4.5 million" (First Post) = 4500000 USD, but "$5.4 million" (Second Herald) = 5400000 USD; a difference of 900000 USD (tolerance 2%); the same digits, two of them swapped (a typing slip?) [same_fact/ransom.demanded.verb]
    "The hackers who hit the city's hospitals demanded $4.5 million in bitcoin, officials said."
    b.md:7:30: "The ransomware gang demanded $5.4 million from the hospitals, officials said."

2 discrepancies (0 errors, 2 warnings, 0 info), 0 consistent, 0 unverifiable in 2 documents
