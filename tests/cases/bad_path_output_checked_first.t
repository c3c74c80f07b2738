# an output that cannot be written is found before any article is read
# (here a.md is bad too): not after the whole analysis has run
args: check --format csv -o missing/report.csv a.md
args: extract -o missing/report.csv a.md
exit: 2
--- file: a.md
---
date: 2024-09-17
It cost 25%.
--- expect
--- stderr
claimcheck: missing/report.csv: cannot write: folder 'missing' does not exist
