# a spelling one article uses, besides the one it shares with the other
# outlets, is the odd one across outlets: the majority is counted by
# articles, not by names (the odd article names the player twice)
args: check --fail-on none a.txt b.txt c.txt
exit: 0
--- file: a.txt
---
date: 2019-03-02
---
Striker Tomasz Wolniak was sent off.

Later Wolnik left the pitch.
--- file: b.txt
---
date: 2019-03-02
---
Striker Tomasz Wolnik was sent off.
--- file: c.txt
---
date: 2019-03-02
---
Striker Tomasz Wolnik scored twice before the break.
--- expect
a.txt:4:9: info: "Tomasz Wolniak" (a) is spelled "Tomasz Wolnik" in b and elsewhere [name_variant/builtin.name]
    "Striker Tomasz Wolniak was sent off."
    b.txt:4:9: "Striker Tomasz Wolnik was sent off."
a.txt:6:7: warning: this article spells the name two ways: "Wolnik" and "Tomasz Wolniak" [name_variant/builtin.name]
    "Later Wolnik left the pitch."
    a.txt:4:9: "Striker Tomasz Wolniak was sent off."

2 discrepancies (0 errors, 1 warning, 1 info), 0 consistent, 0 unverifiable in 3 documents
--- stderr
