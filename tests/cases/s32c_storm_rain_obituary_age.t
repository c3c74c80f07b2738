# Two outlets on a storm and a poet's death (articles written for this
# test; names and places made up).  weather.rules reads a day's rain told
# with the time first ("In a single day, 210mm of rain fell"), and
# people.rules an age in a "who has died" clause although the sentence
# names an earlier year: both disagree with the other outlet.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-10-06
source: Coast Herald
---
Storm Ilse flooded the lower valley on Sunday. In a single day, 210mm of rain fell on the hill farms.

Poet Marek Dunn, who has died at the age of 84, won the national verse prize in 1981.
--- file: s/b.md
---
date: 2025-10-06
source: Valley Post
---
Storm Ilse brought floods to the lower valley. Some 120mm of rain fell in 24 hours, the weather service said.

Marek Dunn, the poet, has died aged 86, his publisher said.
--- expect
s/b.md:5:48: warning: "Some 120mm" (Valley Post) = about 0.12 m, but "210mm" (Coast Herald) = 0.21 m; a difference of 0.08 m (tolerance 2%) [same_fact/weather.rainfall.day]
    "Some 120mm of rain fell in 24 hours, the weather service said."
    s/a.md:5:65: "In a single day, 210mm of rain fell on the hill farms."
s/b.md:7:37: warning: "86" (Valley Post) = 2025-10-06 - 86 years = 1938-10-06 to 1939-10-05, but "84" (Coast Herald) = 2025-10-06 - 84 years = 1940-10-06 to 1941-10-05; 2 years apart [age_birth/person.age.died]
    "Marek Dunn, the poet, has died aged 86, his publisher said."
    s/a.md:7:45: "Poet Marek Dunn, who has died at the age of 84, won the national verse prize in 1981."

2 discrepancies (0 errors, 2 warnings, 0 info), 0 consistent, 0 unverifiable in 2 documents
