# A storm's length and its damage told by two outlets (QA pass 12): the
# storm's length and the damage estimate are compared across outlets;
# people on board who fell ill are no count of everyone on board, so the
# ship's passengers and crew are not added against them.  Written for
# this test.
args: check --show all --fail-on none a.md b.md
--- file: a.md
---
date: 2026-07-23
source: Test Wire
---
A hailstorm hit the city on Wednesday. The storm struck at 4:15 p.m. and lasted about 25 minutes.

An industry group estimated the damage at $450 million.

A cruise ship docked after 312 people on board fell ill. The ship was carrying 2,800 passengers and 1,100 crew.
--- file: b.md
---
date: 2026-07-23
source: Other Wire
---
A hailstorm hit the city on Wednesday, and the storm lasted about 40 minutes.

The hailstorm caused an estimated $540 million in damage.

A cruise ship docked after 312 people on board fell ill. The ship was carrying 2,800 passengers and 1,100 crew.
--- expect
a.md:5:81: warning: "about 25 minutes" (Test Wire) = 22.5 to 27.5 minutes, but "about 40 minutes" (Other Wire) = 36 to 44 minutes; 8.5 minutes apart (tolerance 5%) [same_fact/storm.duration]
    "The storm struck at 4:15 p.m. and lasted about 25 minutes."
    b.md:5:61: "A hailstorm hit the city on Wednesday, and the storm lasted about 40 minutes."
a.md:7:43: warning: "$450 million" (Test Wire) = 450000000 USD, but "an estimated $540 million" (Other Wire) = about 540000000 USD; a difference of 90 million USD (tolerance 2%); the same digits, two of them swapped (a typing slip?) [same_fact/damage.cost]
    "An industry group estimated the damage at $450 million."
    b.md:7:22: "The hailstorm caused an estimated $540 million in damage."
a.md:9:80: consistent: "2,800" (Test Wire) = 2800 agrees with "2,800" (Other Wire) = 2800; 2 outlets agree (2 claims) [same_fact/aboard.passengers]
    "The ship was carrying 2,800 passengers and 1,100 crew."
    b.md:9:80: "The ship was carrying 2,800 passengers and 1,100 crew."
a.md:9:101: consistent: "1,100" (Test Wire) = 1100 agrees with "1,100" (Other Wire) = 1100; 2 outlets agree (2 claims) [same_fact/aboard.crew]
    "The ship was carrying 2,800 passengers and 1,100 crew."
    b.md:9:101: "The ship was carrying 2,800 passengers and 1,100 crew."

2 discrepancies (0 errors, 2 warnings, 0 info), 2 consistent, 0 unverifiable in 2 documents
