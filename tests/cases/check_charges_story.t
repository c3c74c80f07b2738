# An indictment told by three outlets (articles written for this test; the
# people and places are made up): justice.rules reads how many counts the
# former mayor is charged with, from the verb ("charged with 11
# counts") and from the document ("an 11-count indictment").  Two
# outlets agree; the third gives 13 counts (a discrepancy).  A plea to
# one of the counts makes no claim.  (Two outlets give her age, 58: they
# agree.)
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-04-04
source: Harbour Wire
---
Former mayor Dana Ames was charged with 11 counts on Thursday, including bribery and obstruction.

Ames denied the charges. Her aide Tom Berg pleaded guilty to one count of fraud.
--- file: s/b.md
---
date: 2025-04-04
source: Valley Courier
---
A grand jury charged former mayor Dana Ames in an 11-count indictment unsealed on Thursday.

Ames, 58, has led the town since 2017.
--- file: s/c.md
---
date: 2025-04-04
source: Morning Ledger
---
Former mayor Dana Ames, 58, was charged with 13 counts of bribery and obstruction on Thursday.
--- expect
s/a.md:5:41: consistent: "11" (Harbour Wire) = 11 agrees with "11" (Valley Courier) = 11; 2 outlets agree (2 claims) [same_fact/charges.counts]
    "Former mayor Dana Ames was charged with 11 counts on Thursday, including bribery and obstruction."
    s/b.md:5:51: "A grand jury charged former mayor Dana Ames in an 11-count indictment unsealed on Thursday."
s/a.md:5:41: warning: "11" (Harbour Wire) = 11, but "13" (Morning Ledger) = 13; a difference of 2 [same_fact/charges.counts]
    "Former mayor Dana Ames was charged with 11 counts on Thursday, including bribery and obstruction."
    s/c.md:5:46: "Former mayor Dana Ames, 58, was charged with 13 counts of bribery and obstruction on Thursday."

s/b.md:7:7: consistent: "58" (Valley Courier) = 2025-04-04 - 58 years = 1966-04-04 to 1967-04-03 agrees with "58" (Morning Ledger) = 2025-04-04 - 58 years = 1966-04-04 to 1967-04-03; 2 outlets agree (2 claims) [age_birth/person.age.apposition]
    "Ames, 58, has led the town since 2017."
    s/c.md:5:25: "Former mayor Dana Ames, 58, was charged with 13 counts of bribery and obstruction on Thursday."

1 discrepancy (0 errors, 1 warning, 0 info), 2 consistent, 0 unverifiable in 3 documents
