# a finding suppressed by a comment in the article is a SARIF suppression
# of kind inSource (a --baseline file's stays external)
args: check --fail-on none --format sarif a.md | grep -E '"kind": "(inSource|external)"'
--- file: a.md
---
date: 2024-09-17
place: Vancouver
---
<!-- claimcheck-disable-next-line zone_pair: the wire corrected it -->
The talks started at 9 a.m. (1700 GMT) on Tuesday.
--- expect
              "kind": "inSource",
