# A power station's age told three ways by three outlets (articles written
# for this test): in operation for 41 years and 41 years old agree, opened
# in 1971 is a decade off; a worker's age and a new factory's year are no
# claims on the station.
args: check --story-per-folder --show all --fail-on none s
--- file: s/a.md
---
date: 2022-06-10
source: Harbour Wire
---
The coal-fired power station, in operation for 41 years, will close next spring, the operator said.
--- file: s/b.md
---
date: 2022-06-10
source: Valley Courier
---
The power station, which opened in 1971, employs 600 people. A new factory opened in 2019 nearby.
--- file: s/c.md
---
date: 2022-06-10
source: Morning Ledger
---
The 41-year-old power station is the region's largest employer. A 41-year-old plant worker said he would look for a new job.
--- expect
s/b.md:5:36: warning: "1971" (Valley Courier) = 1971, but "41" (Morning Ledger) = 2022-06-10 - 41 years = 1980-06-10 to 1981-06-09; 9.4 years apart [age_birth/structure.built.works_year]
    "The power station, which opened in 1971, employs 600 people."
    s/c.md:5:5: "The 41-year-old power station is the region's largest employer."

s/c.md:5:5: consistent: "41" (Morning Ledger) = 2022-06-10 - 41 years = 1980-06-10 to 1981-06-09 agrees with "41 years" (Harbour Wire) = 2022-06-10 - P41Y = 1980-06-09 to 1981-12-09; 2 outlets agree (2 claims) [age_birth/structure.built.works_age]
    "The 41-year-old power station is the region's largest employer."
    s/a.md:5:48: "The coal-fired power station, in operation for 41 years, will close next spring, the operator said."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
