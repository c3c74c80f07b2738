# Two outlets' whole figures a "-teen" or a "-ty" apart in words (four
# and fourteen; fourteen and forty) are reported with a note, not dropped
# as two events; a later article's higher toll may also have risen; in
# one article such figures stay two things; four and forty are no pair
args: check --story-per-folder --fail-on none s | grep -v '^    '
--- file: s/a.md
---
date: 2025-03-04
source: North Ledger
---
Four people were killed when the bridge collapsed on Monday.

Police arrested 40 people at the port on Sunday.

The ferry carried 4 passengers when it sank on Saturday.
--- file: s/b.md
---
date: 2025-03-05
source: South Post
---
Fourteen people were killed when the bridge collapsed on Monday.

Police arrested 14 people at the port on Sunday.

The ferry carried 40 passengers when it sank on Saturday.
--- file: s/c.md
---
date: 2025-03-04
source: Lake Gazette
---
Five people were injured in the blast on Monday, and 15 were injured in a second blast on Tuesday.
--- expect
s/a.md:5:1: info: "Four" (North Ledger) = 4, but "Fourteen" (South Post) = 14; a difference of 10; four and fourteen are often confused (a "-teen" or "-ty" dropped, added or misheard?); the later article, of 2025-03-05, gives the higher figure: it may have risen since the other [same_fact/toll.dead.were_killed]
s/a.md:9:19: warning: "4" (North Ledger) = 4, but "40" (South Post) = 40; a difference of 36; one is 10 times the other (a zero or a unit word slipped?) [same_fact/aboard.passengers]

s/b.md:7:17: warning: "14" (South Post) = 14, but "40" (North Ledger) = 40; a difference of 26; fourteen and forty are often confused (a "-teen" or "-ty" dropped, added or misheard?) [same_fact/toll.arrested]

3 discrepancies (0 errors, 2 warnings, 1 info), 0 consistent, 0 unverifiable in 3 documents
