# A club match told by three outlets (articles written for this test; the
# clubs are made up and no recognizer knows them as places): sports.rules
# keys a club's score by the capitalized name right before the verb and
# the loser's capitalized name.  Two outlets give 3-1 in different words
# ("beat ... 3-1", "sealed a 3-1 win over"); the third 2-1 (a warning on
# the winner's score).  Another pair of clubs' result in the same story
# ("Tilbury won 2-0 against Dunford") is another fact and meets nothing.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2026-05-25
source: Harbour Wire
---
Kestrel Athletic beat Ashby Rangers 3-1 at home on Sunday to win the cup.

Tilbury won 2-0 against Dunford in the other tie.
--- file: s/b.md
---
date: 2026-05-25
source: Valley Courier
---
Kestrel Athletic sealed a 3-1 win over Ashby Rangers on Sunday.

Tilbury won 1-0 against Marlow Vale.
--- file: s/c.md
---
date: 2026-05-25
source: Morning Ledger
---
Kestrel Athletic beat Ashby Rangers 2-1 in Sunday's final.
--- expect
s/a.md:5:37: consistent: "3" (Harbour Wire) = 3 agrees with "3" (Valley Courier) = 3; 2 outlets agree (2 claims) [same_fact/score.winner.team]
    "Kestrel Athletic beat Ashby Rangers 3-1 at home on Sunday to win the cup."
    s/b.md:5:27: "Kestrel Athletic sealed a 3-1 win over Ashby Rangers on Sunday."
s/a.md:5:39: consistent: "1" (Harbour Wire) = 1 agrees with "1" (Valley Courier) = 1; 3 outlets agree (3 claims) [same_fact/score.loser.team]
    "Kestrel Athletic beat Ashby Rangers 3-1 at home on Sunday to win the cup."
    s/b.md:5:29: "Kestrel Athletic sealed a 3-1 win over Ashby Rangers on Sunday."

s/c.md:5:37: warning: "2" (Morning Ledger) = 2, but "3" (Harbour Wire) = 3; a difference of 1 [same_fact/score.winner.team]
    "Kestrel Athletic beat Ashby Rangers 2-1 in Sunday's final."
    s/a.md:5:37: "Kestrel Athletic beat Ashby Rangers 3-1 at home on Sunday to win the cup."

1 discrepancy (0 errors, 1 warning, 0 info), 2 consistent, 0 unverifiable in 3 documents
