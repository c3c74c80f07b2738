# a front-matter line that is not key: value names file and line
args: check a.md
exit: 2
--- file: a.md
---
date: 2025-08-15
source The Wire
---
Text.
--- expect
--- stderr
claimcheck: a.md:3: front matter line is not 'key: value'
