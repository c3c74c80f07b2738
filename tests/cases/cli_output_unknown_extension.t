# -o FILE with an extension no format has: a text report, and a warning
# that says so (--format chooses another)
args: check --fail-on none -o out.html a.md
exit: 0
--- file: a.md
---
date: 2024-05-02
---
The storm killed 12 people in the valley, officials said.
--- expect
--- stderr
claimcheck: warning: out.html: no report format has this extension (.csv .json .jsonl .sarif .xml .txt): writing a text report (--format chooses)
claimcheck: report written to out.html
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 1 document
