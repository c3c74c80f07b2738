# Times without a date either side of midnight UTC: two outlets give 23:15
# GMT, one gives 01:15 GMT.  They are two hours apart, not twenty-two,
# whichever day each article was published.
args: check s
--- file: s/a.md
---
date: 2024-03-04
source: Harbour Wire
---
The talks began at 9:15 a.m. local time (23:15 GMT) in the capital.
--- file: s/b.md
---
date: 2024-03-05
source: Valley Courier
---
The talks began at 9:15 a.m. local time (23:15 GMT) in the capital.
--- file: s/c.md
---
date: 2024-03-05
source: Morning Post
---
The talks began at 9:15 a.m. local time (01:15 GMT) in the capital.
--- expect
s/a.md:5:42: warning: "23:15 GMT" (Harbour Wire) = 23:15 UTC, but "01:15 GMT" (Morning Post) = 01:15 UTC; 2 hours apart [same_fact/event.start.begins.utc]
    "The talks began at 9:15 a.m. local time (23:15 GMT) in the capital."
    s/c.md:5:42: "The talks began at 9:15 a.m. local time (01:15 GMT) in the capital."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
