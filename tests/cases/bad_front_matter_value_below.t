# a key claimcheck reads whose value is on the lines below (a list, a
# block) is an error naming the key's line: its value goes on its line
args: check a.md
exit: 2
--- file: a.md
---
date: 2024-09-17
source:
  - The Wire
---
Text.
--- expect
--- stderr
claimcheck: a.md:3: front matter key 'source' has its value on the lines below; give it on the key's line
