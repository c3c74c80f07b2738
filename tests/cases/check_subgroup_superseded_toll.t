# a subgroup of the dead ("Nine civilians were killed") is keyed by its
# group, not told against the story's toll; another incident's toll ("In
# a separate attack ...") and superseded figures ("Police earlier
# reported that 11 ...", "An earlier version of this article said 12
# ...") make no claim, the raised toll does ("later raised the toll to
# 14"); a chamber-less tally of more than 100 for ("which passed
# 241-186") is keyed as the House's, so it meets "The House approved the
# bill 241-187" (QA31: each toll was a false warning; the tallies were
# never compared)
args: check --story-per-folder --show all --fail-on none s1 s2
exit: 0
--- file: s1/a.md
---
date: 2024-06-14
source: A
---
A suicide bomber killed 14 people at a market on Friday.

Nine civilians were killed, officials said.

In a separate attack in the north, five people were killed.
--- file: s1/b.md
---
date: 2024-06-14
source: B
---
Fourteen people were killed in the market bombing on Friday.
--- file: s1/c.md
---
date: 2024-06-14
source: C
---
Police earlier reported that 11 people were killed, but later raised the toll to 14.

An earlier version of this article said 12 people were killed.
--- file: s2/d.md
---
date: 2024-06-14
source: D
---
The House approved the bill 241-187 on Thursday.
--- file: s2/e.md
---
date: 2024-06-14
source: E
---
The bill, which passed 241-186, was the party's first priority.
--- expect
s1/a.md:5:25: consistent: "14" (A) = 14 agrees with "Fourteen" (B) = 14; 3 outlets agree (3 claims) [same_fact/toll.dead.killing]
    "A suicide bomber killed 14 people at a market on Friday."
    s1/b.md:5:1: "Fourteen people were killed in the market bombing on Friday."

s2/d.md:5:29: consistent: "241" (D) = 241 agrees with "241" (E) = 241; 2 outlets agree (2 claims) [same_fact/vote.tally.for.house]
    "The House approved the bill 241-187 on Thursday."
    s2/e.md:5:24: "The bill, which passed 241-186, was the party's first priority."

s2/e.md:5:28: warning: "186" (E) = 186, but "187" (D) = 187; a difference of 1 [same_fact/vote.tally.against.large]
    "The bill, which passed 241-186, was the party's first priority."
    s2/d.md:5:33: "The House approved the bill 241-187 on Thursday."

1 discrepancy (0 errors, 1 warning, 0 info), 2 consistent, 0 unverifiable in 5 documents
