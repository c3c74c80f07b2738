# files with no text (a byte-order mark alone, blank lines, front matter
# alone, a Markdown comment alone) are skipped with a warning, as empty
# files are; a run over nothing else reads nothing and fails (exit 2)
args: check --jobs 1 bom.md blank.txt fm.md note.md; echo "exit $?"; "$bin" check --jobs 1 fm.md a.md; echo "exit $?"
--- file: bom.md
﻿
--- file: blank.txt
   

--- file: fm.md
---
date: 2025-03-14
---

--- file: note.md
<!-- draft: figures to come -->
--- file: a.md
The storm killed 12 people.
--- expect
exit 2
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 1 document
exit 0
--- stderr
claimcheck: warning: bom.md: no text (skipped)
claimcheck: warning: blank.txt: no text (skipped)
claimcheck: warning: fm.md: no text after its front matter (skipped)
claimcheck: warning: note.md: no text (skipped)
claimcheck: all 4 files skipped (see the warnings above): nothing was read
claimcheck: warning: fm.md: no text after its front matter (skipped)
