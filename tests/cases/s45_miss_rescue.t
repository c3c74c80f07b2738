# A survivor's age told two ways by two outlets, a cruise's length in
# nights and a stranding's count (articles written for this test): the
# woman's ages and the cruise's nights differ; a man arrested is no
# survivor.
args: check --story-per-folder --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-10
source: Harbour Wire
---
Rescuers pulled a 79-year-old woman alive from the rubble of the hotel on Monday. The guests had arrived on a 12-night cruise. Some 40 dolphins became stranded on the beach nearby.
--- file: s/b.md
---
date: 2025-06-10
source: Valley Courier
---
A woman aged 74 was found alive in the ruins of the hotel, rescuers said. The guests were on a 10-night cruise. A 45-year-old man was arrested after the collapse. Some 40 dolphins became stranded on the beach nearby.
--- expect
s/a.md:5:19: warning: "79" (Harbour Wire) = 2025-06-10 - 79 years = 1945-06-10 to 1946-06-09, but "74" (Valley Courier) = 2025-06-10 - 74 years = 1950-06-10 to 1951-06-09; 5 years apart [age_birth/person.age.role.woman]
    "Rescuers pulled a 79-year-old woman alive from the rubble of the hotel on Monday."
    s/b.md:5:14: "A woman aged 74 was found alive in the ruins of the hotel, rescuers said."
s/a.md:5:128: consistent: "Some 40" (Harbour Wire) = about 40 agrees with "Some 40" (Valley Courier) = about 40; 2 outlets agree (2 claims) [range_qualifier/animals.stranded]
    "Some 40 dolphins became stranded on the beach nearby."
    s/b.md:5:164: "Some 40 dolphins became stranded on the beach nearby."

s/b.md:5:96: warning: "10" (Valley Courier) = 10, but "12" (Harbour Wire) = 12; a difference of 2 [same_fact/trip.nights]
    "The guests were on a 10-night cruise."
    s/a.md:5:111: "The guests had arrived on a 12-night cruise."

2 discrepancies (0 errors, 2 warnings, 0 info), 1 consistent, 0 unverifiable in 2 documents
