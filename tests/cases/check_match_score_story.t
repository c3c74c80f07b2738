# A match told by three outlets (articles written for this test; the
# sides and the players are made up): sports.rules keys the score by the
# winner and the loser's name.  Two outlets give 3-1; the third 3-2 (a
# discrepancy in the loser's score).  A previous meeting ("had beaten")
# and another side's result against a third team make no claim or a
# claim of their own.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-04
source: Harbour Wire
---
Peru beat Norway 3-1 in Lima on Saturday to top the group.

Peru had beaten Norway 2-0 when the sides last met. Chile beat Ghana 1-0 in the other game.
--- file: s/b.md
---
date: 2025-06-04
source: Valley Courier
---
Peru beat Norway 3-1 on Saturday, with two late goals.
--- file: s/c.md
---
date: 2025-06-04
source: Morning Ledger
---
Peru beat Norway 3-2 in a tense game in Lima.
--- expect
s/a.md:5:18: consistent: "3" (Harbour Wire) = 3 agrees with "3" (Valley Courier) = 3; 3 outlets agree (3 claims) [same_fact/score.winner.place]
    "Peru beat Norway 3-1 in Lima on Saturday to top the group."
    s/b.md:5:18: "Peru beat Norway 3-1 on Saturday, with two late goals."
s/a.md:5:20: consistent: "1" (Harbour Wire) = 1 agrees with "1" (Valley Courier) = 1; 2 outlets agree (2 claims) [same_fact/score.loser.place]
    "Peru beat Norway 3-1 in Lima on Saturday to top the group."
    s/b.md:5:20: "Peru beat Norway 3-1 on Saturday, with two late goals."
s/a.md:5:20: warning: "1" (Harbour Wire) = 1, but "2" (Morning Ledger) = 2; a difference of 1 [same_fact/score.loser.place]
    "Peru beat Norway 3-1 in Lima on Saturday to top the group."
    s/c.md:5:20: "Peru beat Norway 3-2 in a tense game in Lima."

1 discrepancy (0 errors, 1 warning, 0 info), 2 consistent, 0 unverifiable in 3 documents
