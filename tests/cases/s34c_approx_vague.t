# "About N" is as loose as N's last digit plus 3%, at most a tenth: "About
# 2.5 million" and "Some 3 million" (a sixth apart) differ.  A vague
# headline figure ("Dozens", 24 to 99) reaching both outlets' figures does
# not hide the second outlet's exact 41 against the first's 37.  (Text
# written for this test.)
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2024-10-02
source: Coast Herald
---
# Ferry capsizes off Sulawesi, 37 dead

About 2.5 million homes were without power after the storm, officials said.
--- file: s/b.md
---
date: 2024-10-02
source: Bay Post
---
# Dozens dead as ferry capsizes

Rescuers said 41 people were confirmed dead. Some 3 million homes lost power across the region.
--- expect
s/a.md:5:32: warning: "37" (Coast Herald) = 37, but "41" (Bay Post) = 41; a difference of 4 [same_fact/toll.dead.were_killed]
    "# Ferry capsizes off Sulawesi, 37 dead"
    s/b.md:7:15: "Rescuers said 41 people were confirmed dead."
s/a.md:5:32: consistent: "37" (Coast Herald) = 37 agrees with "Dozens" (Bay Post) = 24 to 99; 2 outlets agree (2 claims) [range_qualifier/toll.dead.were_killed]
    "# Ferry capsizes off Sulawesi, 37 dead"
    s/b.md:5:3: "# Dozens dead as ferry capsizes"
s/a.md:7:1: warning: "About 2.5 million" (Coast Herald) = about 2500000, but "Some 3 million" (Bay Post) = about 3000000; a difference of 500000 [same_fact/power.without]
    "About 2.5 million homes were without power after the storm, officials said."
    s/b.md:7:46: "Some 3 million homes lost power across the region."

2 discrepancies (0 errors, 2 warnings, 0 info), 1 consistent, 0 unverifiable in 2 documents
