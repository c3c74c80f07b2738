# --update in a folder that does not exist: found before the work
args: check --update desk/reviewed.csv a.md
exit: 2
--- file: a.md
---
date: 2024-09-17
It cost 25%.
--- expect
--- stderr
claimcheck: desk/reviewed.csv: cannot write: folder 'desk' does not exist
