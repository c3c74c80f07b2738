# One middle initial is left out of a person's key, two are not: "Carl
# H. W. Fenn" (the father) and "Carl W. Fenn" (the son) are two people,
# so their ages are not compared
args: extract --claims --format csv a.md | cut -d, -f1
--- file: a.md
---
date: 2026-03-08
---
Former governor Carl H. W. Fenn has died aged 94. His son Carl W. Fenn, 61, paid tribute.
--- expect
"key"
"person.birth{carl h w fenn}"
"person.birth{carl fenn}"
"person.name{fenn}"
"person.name{fenn}"
