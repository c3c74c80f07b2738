# Three outlets on a protest letter (articles written for this test; the
# people are made up): people.rules reads an age written "Ruiz, a
# 57-year-old lawyer" beside "Ruiz, 57," (they agree), and
# documents.rules counts signers written "signed by all 37" and "signed
# by the 37 members" (they agree) against 35 in the third outlet (a
# discrepancy).
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-03-12
source: Harbour Wire
---
Raul Ruiz, a 57-year-old lawyer, delivered a letter signed by all 37 members of the city council on Tuesday.
--- file: s/b.md
---
date: 2025-03-12
source: Valley Courier
---
The letter, signed by the 37 members of the city council, was handed over by Raul Ruiz, 57, on Tuesday.
--- file: s/c.md
---
date: 2025-03-12
source: Morning Ledger
---
Lawyer Raul Ruiz delivered the letter, signed by 35 members of the city council, on Tuesday.
--- expect
s/a.md:5:14: consistent: "57" (Harbour Wire) = 2025-03-12 - 57 years = 1967-03-12 to 1968-03-11 agrees with "57" (Valley Courier) = 2025-03-12 - 57 years = 1967-03-12 to 1968-03-11; 2 outlets agree (2 claims) [age_birth/person.age.apposition]
    "Raul Ruiz, a 57-year-old lawyer, delivered a letter signed by all 37 members of the city council on Tuesday."
    s/b.md:5:89: "The letter, signed by the 37 members of the city council, was handed over by Raul Ruiz, 57, on Tuesday."
s/a.md:5:67: consistent: "37" (Harbour Wire) = 37 agrees with "37" (Valley Courier) = 37; 2 outlets agree (2 claims) [same_fact/letter.signatories]
    "Raul Ruiz, a 57-year-old lawyer, delivered a letter signed by all 37 members of the city council on Tuesday."
    s/b.md:5:27: "The letter, signed by the 37 members of the city council, was handed over by Raul Ruiz, 57, on Tuesday."

s/c.md:5:50: warning: "35" (Morning Ledger) = 35, but "37" (Harbour Wire) = 37; a difference of 2 [same_fact/letter.signatories]
    "Lawyer Raul Ruiz delivered the letter, signed by 35 members of the city council, on Tuesday."
    s/a.md:5:67: "Raul Ruiz, a 57-year-old lawyer, delivered a letter signed by all 37 members of the city council on Tuesday."

1 discrepancy (0 errors, 1 warning, 0 info), 2 consistent, 0 unverifiable in 3 documents
