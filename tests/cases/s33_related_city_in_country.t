# Outlets name one event's place at different sizes (articles written for
# this test): a city in one and its state or country, or the country's
# adjective, in the other are one place (rules/lexicon/places.csv, column
# in), so their figures are compared.  Two cities of one country, or two
# neighbouring countries, stay two events: their figures are not.
args: check --story-per-folder --fail-on none s1 s2 s3 s4 | grep -v '^    '
--- file: s1/a.md
---
date: 2025-06-02
source: Plains Wire
---
Four people were hurt when a grain silo collapsed in Omaha on Sunday.
--- file: s1/b.md
---
date: 2025-06-02
source: River Post
---
Seven people were hurt when a grain silo collapsed in Nebraska on Sunday.
--- file: s2/a.md
---
date: 2025-06-02
source: Plains Wire
---
A bus plunged into a ravine near Quito on Sunday, killing 23 people.
--- file: s2/b.md
---
date: 2025-06-02
source: River Post
---
A bus plunged into a ravine in the Ecuadorian highlands on Sunday, killing 27 people.
--- file: s3/a.md
---
date: 2025-06-02
source: Plains Wire
---
Four people were hurt when a grain silo collapsed in Omaha on Sunday.
--- file: s3/b.md
---
date: 2025-06-02
source: River Post
---
Seven people were hurt when a grain silo collapsed in Tulsa on Sunday.
--- file: s4/a.md
---
date: 2025-06-02
source: Plains Wire
---
A bus plunged into a ravine in Peru on Sunday, killing 23 people.
--- file: s4/b.md
---
date: 2025-06-02
source: River Post
---
A bus plunged into a ravine in Bolivia on Sunday, killing 27 people.
--- expect
s1/a.md:5:1: warning: "Four" (Plains Wire) = 4, but "Seven" (River Post) = 7; a difference of 3 [same_fact/toll.injured.were_injured]

s2/a.md:5:59: warning: "23" (Plains Wire) = 23, but "27" (River Post) = 27; a difference of 4 [same_fact/toll.dead.killing]

2 discrepancies (0 errors, 2 warnings, 0 info), 0 consistent, 0 unverifiable in 8 documents
