# A pile-up's vehicles, a cull's animals and an old pipe's age told by two
# outlets (QA pass 14): each is compared across outlets; a season's
# running total of birds culled is no cull of the story.  Written for
# this test.
args: check --show all --fail-on none a.md b.md
--- file: a.md
---
date: 2026-11-10
source: Test Wire
---
Four people were killed in a 43-vehicle pile-up in fog on the motorway on Tuesday.

Authorities culled 48,000 hens at a farm after bird flu was found. More than 2 million birds have been culled so far this season.

A water main burst in the city. The pipe, laid in 1931, flooded the road.
--- file: b.md
---
date: 2026-11-10
source: Other Wire
---
Four people died on Tuesday when 34 vehicles collided in thick fog on the motorway.

Vets began culling 84,000 hens at the farm. More than 2 million birds have been culled so far this season.

A water main burst in the city. The 85-year-old pipe flooded the road.
--- expect
a.md:5:1: consistent: "Four" (Test Wire) = 4 agrees with "Four" (Other Wire) = 4; 2 outlets agree (2 claims) [same_fact/toll.dead.were_killed]
    "Four people were killed in a 43-vehicle pile-up in fog on the motorway on Tuesday."
    b.md:5:1: "Four people died on Tuesday when 34 vehicles collided in thick fog on the motorway."
a.md:7:20: warning: "48,000" (Test Wire) = 48000, but "84,000" (Other Wire) = 84000; a difference of 36000; the same digits, two of them swapped (a typing slip?) [same_fact/cull.animals]
    "Authorities culled 48,000 hens at a farm after bird flu was found."
    b.md:7:20: "Vets began culling 84,000 hens at the farm."
a.md:9:51: warning: "1931" (Test Wire) = 1931, but "85" (Other Wire) = 2026-11-10 - 85 years = 1940-11-10 to 1941-11-09; 9.9 years apart [age_birth/structure.built.works_year]
    "The pipe, laid in 1931, flooded the road."
    b.md:9:37: "The 85-year-old pipe flooded the road."

b.md:5:34: warning: "34" (Other Wire) = 34, but "43" (Test Wire) = 43; a difference of 9; the same digits, two of them swapped (a typing slip?) [same_fact/crash.vehicles]
    "Four people died on Tuesday when 34 vehicles collided in thick fog on the motorway."
    a.md:5:30: "Four people were killed in a 43-vehicle pile-up in fog on the motorway on Tuesday."

3 discrepancies (0 errors, 3 warnings, 0 info), 1 consistent, 0 unverifiable in 2 documents
