# A concert hall told by two outlets (articles written for this test;
# the hall is made up): event.rules reads how many the hall holds, one
# fact of the venue, which the outlets give differently (a discrepancy).
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-03
source: Harbour Wire
---
A fire broke out at the Marlow Concert Hall on Monday. The hall, which holds 2,400, was evacuated before the show.
--- file: s/b.md
---
date: 2025-06-03
source: Valley Courier
---
Fire crews were called to the 2,800-capacity Marlow Concert Hall on Monday night.
--- expect
s/a.md:5:78: warning: "2,400" (Harbour Wire) = 2400, but "2,800" (Valley Courier) = 2800; a difference of 400 (tolerance 2%) [same_fact/venue.capacity]
    "The hall, which holds 2,400, was evacuated before the show."
    s/b.md:5:31: "Fire crews were called to the 2,800-capacity Marlow Concert Hall on Monday night."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
