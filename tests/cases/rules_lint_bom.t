# A rules file saved with a UTF-8 byte-order mark (Notepad) is read:
# the mark is skipped, as in manifests.
args: rules --lint rules
copy: rules
--- file: rules/zz_bom.rules
﻿rule zz.bom
  about   a test rule in a file that starts with a byte-order mark
  frame   toll.dead
  match   grounded {COUNT:n} planes
  subject story
--- expect
rules: 195 rules, 107 frame settings: OK
