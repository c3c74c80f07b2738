# a file that is only an opening fence
args: check a.md
exit: 2
--- file: a.md
---
--- expect
--- stderr
claimcheck: a.md:1: front matter block opened with '---' is not closed (expected a line '---' after the metadata)
