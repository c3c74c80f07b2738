# a dateline's dash glued to a toll ("TAMPERE -14 people were killed") is
# punctuation: the toll is 14, it agrees with another outlet's "Fourteen",
# and its parts add up to the casualties (no parts_total warning)
args: check --show all --format text wire.txt post.txt
--- file: wire.txt
---
date: 2025-06-02
---
TAMPERE -14 people were killed and 6 injured, 20 casualties in all, when a footbridge fell, police said.
--- file: post.txt
---
date: 2025-06-02
---
Fourteen people were killed when a footbridge fell in Tampere, police said.
--- expect
post.txt:4:1: consistent: "Fourteen" (post) = 14 agrees with "-14" (wire) = 14; 2 outlets agree (2 claims) [same_fact/toll.dead.were_killed]
    "Fourteen people were killed when a footbridge fell in Tampere, police said."
    wire.txt:4:9: "TAMPERE -14 people were killed and 6 injured, 20 casualties in all, when a footbridge fell, police said."

wire.txt:4:47: consistent: "-14" 14 + "6" 6 = 20, matching "20" (wire) = 20 (toll.casualties = toll.dead+toll.injured) [parts_total/toll.casualties]
    "TAMPERE -14 people were killed and 6 injured, 20 casualties in all, when a footbridge fell, police said."
    wire.txt:4:9: "TAMPERE -14 people were killed and 6 injured, 20 casualties in all, when a footbridge fell, police said."

0 discrepancies (0 errors, 0 warnings, 0 info), 2 consistent, 0 unverifiable in 2 documents
