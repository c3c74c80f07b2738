# a quantity and its conversion beside it: a wrong one is an error, a
# rounded one is consistent, and wind speeds in two units are compared in one
args: check --show all a.md b.md
exit: 1
--- file: a.md
---
date: 2024-09-10
source: Coast Wire
---
The hurricane made landfall with maximum sustained winds of 150 mph (240 km/h).

Gusts reached 120 mph (160 km/h) on the coast.
--- file: b.md
---
date: 2024-09-10
source: Island Post
---
The storm came ashore with maximum sustained winds of 200 km/h.
--- expect
a.md:5:61: consistent: 150 mph = 241 km/h, and the article gives 240 km/h [unit_pair/builtin.unit_pair]
    "The hurricane made landfall with maximum sustained winds of 150 mph (240 km/h)."
a.md:7:15: error: 120 mph = 193 km/h, not 160 km/h as the article gives it [unit_pair/builtin.unit_pair]
    "Gusts reached 120 mph (160 km/h) on the coast."

b.md:5:55: warning: "200 km/h" (Island Post) = 200 km/h, but "150 mph" (Coast Wire) = 241.4 km/h; a difference of 41.4 km/h (tolerance 2%) [same_fact/storm.wind_speed]
    "The storm came ashore with maximum sustained winds of 200 km/h."
    a.md:5:61: "The hurricane made landfall with maximum sustained winds of 150 mph (240 km/h)."

2 discrepancies (1 error, 1 warning, 0 info), 1 consistent, 0 unverifiable in 2 documents
--- stderr
