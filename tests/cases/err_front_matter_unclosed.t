# a front-matter block without its end names the file and line
args: check a.md
exit: 2
--- file: a.md
---
date: 2025-08-15
The text starts without the closing line.
--- stderr
claimcheck: a.md:1: front matter block opened with '---' is not closed (expected a line '---' after the metadata)
