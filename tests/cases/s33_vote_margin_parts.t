# A House vote told by two outlets (articles written for this test; the
# bill is made up): votes.rules reads the tally and the margin.  The
# first outlet's margin is not its tally's difference (221 - 198 = 23,
# not 32: parts and totals, vote.for = vote.against + vote.margin), and
# the two outlets' margins differ; the second outlet's add up.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-13
source: Harbour Wire
---
The House approved the harbour bill 221-198 on Thursday, sending it to the governor. The bill passed by 32 votes, with a dozen members absent.
--- file: s/b.md
---
date: 2025-06-13
source: Valley Courier
---
The House passed the harbour bill by a vote of 221 to 198 on Thursday. It passed by 23 votes.
--- expect
s/a.md:5:37: error: "198" 198 + "32" 32 = 230, but "221" (Harbour Wire) = 221 (vote.for = vote.against+vote.margin) [parts_total/vote.tally.for.house]
    "The House approved the harbour bill 221-198 on Thursday, sending it to the governor."
    s/a.md:5:41: "The House approved the harbour bill 221-198 on Thursday, sending it to the governor."
s/a.md:5:37: consistent: "221" (Harbour Wire) = 221 agrees with "221" (Valley Courier) = 221; 2 outlets agree (2 claims) [same_fact/vote.tally.for.house]
    "The House approved the harbour bill 221-198 on Thursday, sending it to the governor."
    s/b.md:5:48: "The House passed the harbour bill by a vote of 221 to 198 on Thursday."
s/a.md:5:41: consistent: "198" (Harbour Wire) = 198 agrees with "198" (Valley Courier) = 198; 2 outlets agree (2 claims) [same_fact/vote.tally.against.house]
    "The House approved the harbour bill 221-198 on Thursday, sending it to the governor."
    s/b.md:5:55: "The House passed the harbour bill by a vote of 221 to 198 on Thursday."

s/b.md:5:48: consistent: "198" 198 + "23" 23 = 221, matching "221" (Valley Courier) = 221 (vote.for = vote.against+vote.margin) [parts_total/vote.tally.for.house]
    "The House passed the harbour bill by a vote of 221 to 198 on Thursday."
    s/b.md:5:55: "The House passed the harbour bill by a vote of 221 to 198 on Thursday."
s/b.md:5:85: warning: "23" (Valley Courier) = 23, but "32" (Harbour Wire) = 32; a difference of 9; the same digits, two of them swapped (a typing slip?) [same_fact/vote.margin.house]
    "It passed by 23 votes."
    s/a.md:5:105: "The bill passed by 32 votes, with a dozen members absent."

2 discrepancies (1 error, 1 warning, 0 info), 3 consistent, 0 unverifiable in 2 documents
