# A .RULES file (upper case, from a Windows tool) is read like .rules;
# rules in a subfolder are not read, and lint names the subfolder.
args: rules --lint rules
copy: rules
--- file: rules/ZZ_UPPER.RULES
rule zz.upper
  about   a test rule in an upper-case file name
  frame   toll.dead
  match   grounded {COUNT:n} planes
  subject story
--- file: rules/extra/zz_sub.rules
rule zz.sub
  about   a test rule in a subfolder
  frame   toll.dead
  match   stranded {COUNT:n} planes
  subject story
--- expect
rules: 195 rules, 107 frame settings: OK
--- stderr
claimcheck: warning: rules/extra: 1 .rules file in a subfolder, not read (rules are read from the rules folder itself: move them up into rules)
