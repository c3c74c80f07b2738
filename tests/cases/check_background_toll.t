# a figure of another, earlier event is not the story's: a time weeks
# before the article, said before the figure in an article that names a
# day of its last week ("Last year, 40 people were killed", "a similar
# crash two years ago killed 22", "In March, a landslide killed seven")
# makes no claim (regression: each was told against the story's toll);
# only the time nearest before the figure counts ("Last year's floods
# closed the road, and on Wednesday 15 people were killed" is Wednesday's
# figure: a QA case the first version refused); a
# story about the old event itself (no recent day) keeps its figures, and
# a time after the figure is its own ("closed for six days in March")
args: check --story-per-folder --show all --fail-on none s1 s2
exit: 0
--- file: s1/a.md
---
date: 2024-06-14
source: A
---
Fifteen people were killed when a bus left the mountain road on Wednesday.

Last year, 40 people were killed in a similar crash on the same road.

A similar crash two years ago killed 22 people.

Last year's floods closed the road, and on Wednesday 15 people were killed there.
--- file: s1/b.md
---
date: 2024-06-14
source: B
---
The bus crash on Wednesday killed 15 people, police said.

In March, a landslide on the road killed seven people.
--- file: s2/c.md
---
date: 2024-06-14
source: C
---
An inquiry into the March landslide found that it killed seven people.

The road was closed for six days in March.
--- file: s2/d.md
---
date: 2024-06-15
source: D
---
In March, the landslide killed seven people, the inquiry found.

The road was shut for six days in March.
--- expect
s1/a.md:5:1: consistent: "Fifteen" (A) = 15 agrees with "15" (B) = 15; 2 outlets agree (3 claims) [same_fact/toll.dead.were_killed]
    "Fifteen people were killed when a bus left the mountain road on Wednesday."
    s1/b.md:5:35: "The bus crash on Wednesday killed 15 people, police said."

s2/c.md:5:58: consistent: "seven" (C) = 7 agrees with "seven" (D) = 7; 2 outlets agree (2 claims) [same_fact/toll.dead.killing]
    "An inquiry into the March landslide found that it killed seven people."
    s2/d.md:5:32: "In March, the landslide killed seven people, the inquiry found."
s2/c.md:7:25: consistent: "six days" (C) = 6 days agrees with "six days" (D) = 6 days; 2 outlets agree (2 claims) [same_fact/closure.duration]
    "The road was closed for six days in March."
    s2/d.md:7:23: "The road was shut for six days in March."

0 discrepancies (0 errors, 0 warnings, 0 info), 3 consistent, 0 unverifiable in 4 documents
--- stderr
