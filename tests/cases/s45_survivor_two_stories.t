# Unnamed survivors of two stories of one archive (--story-per-folder;
# articles written for this test): a woman of 81 pulled from a town's
# rubble and a woman of 45 from the same town's a day later are two women,
# not one told two ways (survivor.birth is grouped by story, unlike person
# frames: as person.birth they gave 2 false warnings); inside
# the first story the two outlets disagree.
args: check --story-per-folder --fail-on none q1 q2
--- file: q1/a.md
---
date: 2025-06-10
source: Harbour Wire
---
Rescuers pulled an 81-year-old woman alive from the rubble in Carrow on Monday.
--- file: q1/b.md
---
date: 2025-06-10
source: Valley Courier
---
A woman aged 78 was found alive in the ruins in Carrow, rescuers said.
--- file: q2/a.md
---
date: 2025-06-11
source: Harbour Wire
---
Rescuers pulled a 45-year-old woman alive from the rubble in Carrow on Tuesday.
--- file: q2/b.md
---
date: 2025-06-11
source: Valley Courier
---
A woman aged 45 was found alive in the ruins in Carrow, rescuers said.
--- expect
q1/a.md:5:20: warning: "81" (Harbour Wire) = 2025-06-10 - 81 years = 1943-06-10 to 1944-06-09, but "78" (Valley Courier) = 2025-06-10 - 78 years = 1946-06-10 to 1947-06-09; 2 years apart [age_birth/person.age.role.woman]
    "Rescuers pulled an 81-year-old woman alive from the rubble in Carrow on Monday."
    q1/b.md:5:14: "A woman aged 78 was found alive in the ruins in Carrow, rescuers said."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 4 documents
