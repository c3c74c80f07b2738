# two outlets' figures 3 to 10 times apart (not a digit slip) are told as
# unverifiable with the factor, not dropped without a word; further
# apart, or in one article, they stay another event's
args: check --story-per-folder --fail-on none --show all s | grep -v '^    '
--- file: s/a.md
---
date: 2025-04-20
source: Coast Wire
---
Five people were killed when the quake struck on Sunday.

The ferry carried 40 passengers when it sank on Saturday.
--- file: s/b.md
---
date: 2025-04-20
source: Hill Times
---
Eighteen people were killed when the quake struck on Sunday.

The ferry carried 450 passengers when it sank on Saturday.
--- expect
s/a.md:5:1: unverifiable: "Five" (Coast Wire) = 5, but "Eighteen" (Hill Times) = 18; a difference of 13; one is 3.6 times the other, more often another event's figure than the same fact's [same_fact/toll.dead.were_killed]
s/a.md:5:50: consistent: "Sunday" (Coast Wire) = 2025-04-20 agrees with "Sunday" (Hill Times) = 2025-04-20; 2 outlets agree (2 claims) [relative_date/incident.date]

0 discrepancies (0 errors, 0 warnings, 0 info), 1 consistent, 1 unverifiable in 2 documents
