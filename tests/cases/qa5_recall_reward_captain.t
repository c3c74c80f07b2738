# qa5: frames and wordings found missing on invented stories of new
# kinds: a reward offered for information (reward.amount), crashes tied
# to a recalled defect (recall.crashes), a cost "put at" a sum, a ship's
# captain's age by role, how long people were trapped, a first theft in
# N years, and a close's change "down 3.2% at X, from Y"
args: check --show all a.md b.md
exit: 1
--- file: a.md
---
date: 2025-10-08
source: North Wire
---
Police offered a reward of $50,000 for information leading to an arrest after thieves raided the gallery. It was the first theft from the gallery in 30 years.

The carmaker is recalling 400,000 cars and said it was aware of 23 crashes linked to the defect. It put the cost of the recall at about $450 million. Its shares closed down 3.2% at $41.10, from $43.50 on Monday.

The ferry capsized late on Monday. Its captain, 47, survived. Nine miners were rescued after they had been trapped underground for 52 hours.
--- file: b.md
---
date: 2025-10-08
source: South Times
---
A $75,000 reward has been offered for information about the gallery theft.

The carmaker, which is recalling 400,000 cars, said the defect had been linked to 32 crashes. It put the cost of the recall at about $540 million.

The ferry capsized late on Monday. Its captain, a 44-year-old, has been detained. The miners emerged after 58 hours underground.
--- expect
a.md:5:28: warning: "$50,000" (North Wire) = 50000 USD, but "$75,000" (South Times) = 75000 USD; a difference of 25000 USD (tolerance 2%) [same_fact/reward.amount]
    "Police offered a reward of $50,000 for information leading to an arrest after thieves raided the gallery."
    b.md:5:3: "A $75,000 reward has been offered for information about the gallery theft."
a.md:7:27: consistent: "400,000" (North Wire) = 400000 agrees with "400,000" (South Times) = 400000; 2 outlets agree (2 claims) [same_fact/recall.units]
    "The carmaker is recalling 400,000 cars and said it was aware of 23 crashes linked to the defect."
    b.md:7:34: "The carmaker, which is recalling 400,000 cars, said the defect had been linked to 32 crashes."
a.md:7:65: warning: "23" (North Wire) = 23, but "32" (South Times) = 32; a difference of 9; the same digits, two of them swapped (a typing slip?) [same_fact/recall.crashes]
    "The carmaker is recalling 400,000 cars and said it was aware of 23 crashes linked to the defect."
    b.md:7:83: "The carmaker, which is recalling 400,000 cars, said the defect had been linked to 32 crashes."
a.md:7:131: warning: "about $450 million" (North Wire) = about 450000000 USD, but "about $540 million" (South Times) = about 540000000 USD; a difference of 90 million USD (tolerance 2%); the same digits, two of them swapped (a typing slip?) [same_fact/project.cost]
    "It put the cost of the recall at about $450 million."
    b.md:7:128: "It put the cost of the recall at about $540 million."
a.md:7:169: error: down 3.2% at $41.10, from $43.50: from $43.50 to $41.10 is a fall of 5.5%, not 3.2% [percent_change/builtin.percent_change]
    "Its shares closed down 3.2% at $41.10, from $43.50 on Monday."
a.md:9:49: warning: "47" (North Wire) = 2025-10-08 - 47 years = 1977-10-08 to 1978-10-07, but "44" (South Times) = 2025-10-08 - 44 years = 1980-10-08 to 1981-10-07; 3 years apart [age_birth/person.age.role.captain]
    "Its captain, 47, survived."
    b.md:9:51: "Its captain, a 44-year-old, has been detained."
a.md:9:132: warning: "52 hours" (North Wire) = 2 days and 4 hours, but "58 hours" (South Times) = 2 days and 10 hours; 6 hours apart (tolerance 5%) [same_fact/incident.duration]
    "Nine miners were rescued after they had been trapped underground for 52 hours."
    b.md:9:108: "The miners emerged after 58 hours underground."

6 discrepancies (1 error, 5 warnings, 0 info), 1 consistent, 0 unverifiable in 2 documents
