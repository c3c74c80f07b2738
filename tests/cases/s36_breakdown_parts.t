# A total told with its parts in one sentence (breakdown.rules, the
# parts check's "sum:" mode; articles written for this test, the places
# made up).  Parts adding to more than their total are a discrepancy
# ("12 people, including 5 children and 9 adults"; "Of the 60
# passengers, 40 ... and 22 ..."); parts adding to the total are
# consistent ("more than 20" holds 23); an "including" list adding to
# less says nothing (it may name a few groups); "50 ... in Ashford, and
# 40 in Dale and 30 in
# Carrow" and a list of groups ("one from ..., two from ... and two from
# ...") hold no total.  The two outlets' totals (40 and 42) and parts
# (25 and 26) are never compared with each other.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-03-12
source: Harbour Wire
---
The bus crash on the coast road killed 12 people, including 5 children and 9 adults, the police said.

Rescuers treated 30 people, including 4 children and 3 firefighters. The storm left 40 families without power, with 25 in Ashford and 15 in Dale.

About 50 people held a vigil in Ashford on Tuesday, and 40 in Dale and 30 in Carrow joined marches. The bus company's owners - one from Ashland, one from Borland, two from Carrow and two from Dale - were questioned.
--- file: s/b.md
---
date: 2025-03-12
source: Valley Courier
---
Of the 60 passengers, 40 were Freedonian and 22 Sylvanian. The storm left 42 families without power, with 26 in Ashford and 16 in Dale. More than 20 detainees were freed on Friday, 14 by Northland and 9 by Southland.
--- expect
s/a.md:5:40: warning: parts of a total in one sentence: "5" 5 + "9" 9 = 14, more than the total "12" (Harbour Wire) = 12 [parts_total/breakdown.total]
    "The bus crash on the coast road killed 12 people, including 5 children and 9 adults, the police said."
    s/a.md:5:61: "The bus crash on the coast road killed 12 people, including 5 children and 9 adults, the police said."
s/a.md:7:85: consistent: parts of a total in one sentence: "25" 25 + "15" 15 = 40, matching the total "40" (Harbour Wire) = 40 [parts_total/breakdown.total]
    "The storm left 40 families without power, with 25 in Ashford and 15 in Dale."
    s/a.md:7:117: "The storm left 40 families without power, with 25 in Ashford and 15 in Dale."

s/b.md:5:8: warning: parts of a total in one sentence: "40" 40 + "22" 22 = 62, more than the total "60" (Valley Courier) = 60 [parts_total/breakdown.total]
    "Of the 60 passengers, 40 were Freedonian and 22 Sylvanian."
    s/b.md:5:23: "Of the 60 passengers, 40 were Freedonian and 22 Sylvanian."
s/b.md:5:75: consistent: parts of a total in one sentence: "26" 26 + "16" 16 = 42, matching the total "42" (Valley Courier) = 42 [parts_total/breakdown.total]
    "The storm left 42 families without power, with 26 in Ashford and 16 in Dale."
    s/b.md:5:107: "The storm left 42 families without power, with 26 in Ashford and 16 in Dale."
s/b.md:5:137: consistent: parts of a total in one sentence: "14" 14 + "9" 9 = 23, matching the total "More than 20" (Valley Courier) = more than 20 [parts_total/breakdown.total]
    "More than 20 detainees were freed on Friday, 14 by Northland and 9 by Southland."
    s/b.md:5:182: "More than 20 detainees were freed on Friday, 14 by Northland and 9 by Southland."

2 discrepancies (0 errors, 2 warnings, 0 info), 3 consistent, 0 unverifiable in 2 documents
