# a file that is only a '---' line: no front matter (that needs a key line
# and a closing fence), a text without claims
args: check a.md
--- file: a.md
---
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 1 document
--- stderr
