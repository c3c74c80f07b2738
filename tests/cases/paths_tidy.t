# a folder given with a trailing '/' or doubled '/' lists its files as
# "story/a.md", not "story//a.md" (and is the same folder as "story")
args: extract --format text story//
args: extract --format text story/
args: extract --format text story
args: extract --format text story//a.md
--- file: story/a.md
---
date: 2024-09-20
---
The ferry resumed on Friday.
--- expect
story/a.md:4:22: date 2024-09-20 "Friday" [2024-09-20T00:00, 2024-09-21T00:00]
--- stderr
