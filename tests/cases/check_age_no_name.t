# Two outlets on a match (articles written for this test; the people are
# made up): one gives the striker's age beside her name, the other only
# as "the 25-year-old" in the sentence after her name (people.rules'
# person.age.the_year_old keys it by the one person named there): 24
# against 25 is a discrepancy.  The third outlet's "the 30-year-old"
# follows two names and is nobody's.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-03-12
source: Harbour Wire
---
Ana Ruiz, 24, scored twice as Northtown won the cup final on Saturday.
--- file: s/b.md
---
date: 2025-03-12
source: Valley Courier
---
Ana Ruiz scored twice as Northtown won the cup final on Saturday.

The 25-year-old striker said the win was for her family.
--- file: s/c.md
---
date: 2025-03-12
source: Morning Ledger
---
Ana Ruiz and Eva Brook scored as Northtown won the cup final on Saturday.

The 30-year-old said the win was for the fans.
--- expect
s/b.md:7:5: warning: "25" (Valley Courier) = 2025-03-12 - 25 years = 1999-03-12 to 2000-03-11, but "24" (Harbour Wire) = 2025-03-12 - 24 years = 2000-03-12 to 2001-03-11 [age_birth/person.age.the_year_old]
    "The 25-year-old striker said the win was for her family."
    s/a.md:5:11: "Ana Ruiz, 24, scored twice as Northtown won the cup final on Saturday."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 3 documents
