# a weekday with a time read a week back by the tense ("at 0100 GMT on
# Friday" in a Thursday's article) may be tonight's in an American zone:
# whole weeks from another outlet's weekday and time is the reading's
# doubt, not a disagreement (a QA case: it was "1 week apart")
args: check --story-per-folder --fail-on none s | grep -v '^    '
--- file: s/a.md
---
date: 2025-07-10
source: Harbour Wire
---
The talks began at 9 p.m. ET on Thursday.
--- file: s/b.md
---
date: 2025-07-10
source: Valley Courier
---
The talks began at 0100 GMT on Friday.
--- expect
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 2 documents
