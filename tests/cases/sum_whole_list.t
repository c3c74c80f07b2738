# A total told after a whole list of its parts (breakdown.rules,
# breakdown.total.after; articles written for this test, the places made
# up).  Such a list is the whole, so parts adding to less than the total
# are a discrepancy too ("3 gold, 2 silver and 6 bronze medals, for a
# total of 12"; "40 passengers and six crew, 48 people in all"), parts
# adding to it consistent; an "including" list short of its total stays
# silent, as before (it may name a few groups of the whole), and so does
# a total counted on from an earlier figure ("12 new stores ..., for a
# total of 340 shops").
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-03-12
source: Harbour Wire
---
The team won 3 gold, 2 silver and 6 bronze medals, for a total of 12.

The ferry carried 40 passengers and six crew, 48 people in all. The lorry carried 20 sheep and 15 goats, 35 animals altogether.

Rescuers treated 30 people, including 4 children and 3 firefighters. The chain opened 12 new stores and 8 outlets, for a total of 340 shops.
--- file: s/b.md
---
date: 2025-03-12
source: Valley Courier
---
The team won 3 gold, 2 silver and 6 bronze medals, for a total of 11. Police seized 12 rifles and 30 pistols, 42 weapons in total.
--- expect
s/a.md:5:67: warning: parts of a total in one sentence: "3" 3 + "2" 2 + "6" 6 = 11, less than the total "12" (Harbour Wire) = 12 [parts_total/breakdown.total.after]
    "The team won 3 gold, 2 silver and 6 bronze medals, for a total of 12."
    s/a.md:5:14: "The team won 3 gold, 2 silver and 6 bronze medals, for a total of 12."
s/a.md:7:47: warning: parts of a total in one sentence: "40" 40 + "six" 6 = 46, less than the total "48" (Harbour Wire) = 48 [parts_total/breakdown.total.after]
    "The ferry carried 40 passengers and six crew, 48 people in all."
    s/a.md:7:19: "The ferry carried 40 passengers and six crew, 48 people in all."
s/a.md:7:106: consistent: parts of a total in one sentence: "20" 20 + "15" 15 = 35, matching the total "35" (Harbour Wire) = 35 [parts_total/breakdown.total.after]
    "The lorry carried 20 sheep and 15 goats, 35 animals altogether."
    s/a.md:7:83: "The lorry carried 20 sheep and 15 goats, 35 animals altogether."

s/b.md:5:67: consistent: parts of a total in one sentence: "3" 3 + "2" 2 + "6" 6 = 11, matching the total "11" (Valley Courier) = 11 [parts_total/breakdown.total.after]
    "The team won 3 gold, 2 silver and 6 bronze medals, for a total of 11."
    s/b.md:5:14: "The team won 3 gold, 2 silver and 6 bronze medals, for a total of 11."
s/b.md:5:111: consistent: parts of a total in one sentence: "12" 12 + "30" 30 = 42, matching the total "42" (Valley Courier) = 42 [parts_total/breakdown.total.after]
    "Police seized 12 rifles and 30 pistols, 42 weapons in total."
    s/b.md:5:85: "Police seized 12 rifles and 30 pistols, 42 weapons in total."

2 discrepancies (0 errors, 2 warnings, 0 info), 3 consistent, 0 unverifiable in 2 documents
