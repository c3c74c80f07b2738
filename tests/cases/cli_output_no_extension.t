# -o FILE without an extension (a device, "report"): a text report, and no
# warning about extensions (regression: -o /dev/null warned)
args: check --fail-on none -o /dev/null a.md
exit: 0
--- file: a.md
---
date: 2024-05-02
---
The storm killed 12 people in the valley, officials said.
--- expect
--- stderr
claimcheck: report written to /dev/null
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 1 document
