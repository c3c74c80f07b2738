# A wildfire told by three outlets (articles written for this test; the
# place is made up): tolls.rules reads the area burned, the homes
# destroyed, the residents evacuated and how far the fire is contained.
# One outlet gives 14,800 acres against 18,400 (a discrepancy); the
# containment, homes and evacuations agree.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-08-12
source: Harbour Wire
---
A wildfire in the hills above Pine Valley has burned 18,400 acres and destroyed 212 homes, fire officials said on Tuesday.

About 9,000 residents were evacuated overnight. The fire was 15% contained by Tuesday evening.

Two firefighters were injured. It is the worst fire in the county since 2018.
--- file: s/b.md
---
date: 2025-08-12
source: Valley Courier
---
The Pine Valley fire has destroyed 212 homes and scorched 18,400 acres since it broke out on Sunday.

Officials ordered 9,000 people to evacuate. Firefighters said the blaze was 15% contained.

It is the county's most destructive wildfire in seven years.
--- file: s/c.md
---
date: 2025-08-12
source: Morning Ledger
---
Firefighters were battling a blaze that has charred 14,800 acres near Pine Valley and destroyed 212 homes.

Some 9,000 residents have been forced to leave. Containment stood at 15% on Tuesday, the state fire agency said.

Two firefighters have been hurt.
--- expect
s/a.md:5:54: consistent: "18,400 acres" (Harbour Wire) = 74.46 sq km agrees with "18,400 acres" (Valley Courier) = 74.46 sq km; 2 outlets agree (2 claims) [same_fact/fire.area]
    "A wildfire in the hills above Pine Valley has burned 18,400 acres and destroyed 212 homes, fire officials said on Tuesday."
    s/b.md:5:59: "The Pine Valley fire has destroyed 212 homes and scorched 18,400 acres since it broke out on Sunday."
s/a.md:5:81: consistent: "212" (Harbour Wire) = 212 agrees with "212" (Valley Courier) = 212; 3 outlets agree (3 claims) [same_fact/damage.homes_destroyed]
    "A wildfire in the hills above Pine Valley has burned 18,400 acres and destroyed 212 homes, fire officials said on Tuesday."
    s/b.md:5:36: "The Pine Valley fire has destroyed 212 homes and scorched 18,400 acres since it broke out on Sunday."
s/a.md:7:62: consistent: "15%" (Harbour Wire) = 15% agrees with "15%" (Valley Courier) = 15%; 3 outlets agree (3 claims) [same_fact/fire.containment]
    "The fire was 15% contained by Tuesday evening."
    s/b.md:7:77: "Firefighters said the blaze was 15% contained."
s/a.md:9:1: consistent: "Two" (Harbour Wire) = 2 agrees with "Two" (Morning Ledger) = 2; 2 outlets agree (2 claims) [same_fact/toll.injured.were_injured]
    "Two firefighters were injured."
    s/c.md:9:1: "Two firefighters have been hurt."

s/b.md:7:19: consistent: "9,000" (Valley Courier) = 9000 agrees with "About 9,000" (Harbour Wire) = about 9000; 2 outlets agree (2 claims) [range_qualifier/toll.evacuated]
    "Officials ordered 9,000 people to evacuate."
    s/a.md:7:1: "About 9,000 residents were evacuated overnight."
s/b.md:9:49: consistent: "seven years" (Valley Courier) = 2025-08-12 - P7Y = 2017-08-11 to 2019-02-10 agrees with "2018" (Harbour Wire) = 2018; 2 outlets agree (2 claims) [elapsed_time/superlative.in]
    "It is the county's most destructive wildfire in seven years."
    s/a.md:9:73: "It is the worst fire in the county since 2018."

s/c.md:5:53: warning: "14,800 acres" (Morning Ledger) = 59.89 sq km, but "18,400 acres" (Harbour Wire) = 74.46 sq km; a difference of 14.57 sq km (tolerance 2%) [same_fact/fire.area]
    "Firefighters were battling a blaze that has charred 14,800 acres near Pine Valley and destroyed 212 homes."
    s/a.md:5:54: "A wildfire in the hills above Pine Valley has burned 18,400 acres and destroyed 212 homes, fire officials said on Tuesday."

1 discrepancy (0 errors, 1 warning, 0 info), 6 consistent, 0 unverifiable in 3 documents
