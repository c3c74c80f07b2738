# A title match's score in half points told after a comma by two
# outlets, and an outbreak's share of those aboard (articles written for
# this test): the loser's points and the share differ.
args: check --story-per-folder --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-10
source: Harbour Wire
---
Ana Mirza won the chess title on Sunday, defeating Jelena Kostova 7.5-6.5 after 14 games. On the ship, about 6% of those aboard fell ill.
--- file: s/b.md
---
date: 2025-06-10
source: Valley Courier
---
Ana Mirza won the title in Carrow on Sunday, beating Jelena Kostova 7.5-5.5. About 9% of passengers fell ill on the ship.
--- expect
s/a.md:5:67: consistent: "7.5" (Harbour Wire) = 7.5 agrees with "7.5" (Valley Courier) = 7.5; 2 outlets agree (2 claims) [same_fact/score.winner.player]
    "Ana Mirza won the chess title on Sunday, defeating Jelena Kostova 7.5-6.5 after 14 games."
    s/b.md:5:69: "Ana Mirza won the title in Carrow on Sunday, beating Jelena Kostova 7.5-5.5."
s/a.md:5:104: warning: "about 6%" (Harbour Wire) = about 6%, but "About 9%" (Valley Courier) = about 9%; a difference of 1.5 points [same_fact/outbreak.share]
    "On the ship, about 6% of those aboard fell ill."
    s/b.md:5:78: "About 9% of passengers fell ill on the ship."

s/b.md:5:73: warning: "5.5" (Valley Courier) = 5.5, but "6.5" (Harbour Wire) = 6.5; a difference of 1 [same_fact/score.loser.player]
    "Ana Mirza won the title in Carrow on Sunday, beating Jelena Kostova 7.5-5.5."
    s/a.md:5:71: "Ana Mirza won the chess title on Sunday, defeating Jelena Kostova 7.5-6.5 after 14 games."

2 discrepancies (0 errors, 2 warnings, 0 info), 1 consistent, 0 unverifiable in 2 documents
