# A .RULES file (upper case, from a Windows tool) is read like .rules;
# rules in a subfolder are not read, and lint names the subfolder.
args: rules --lint rules | sed -E 's/[0-9]+ rules, [0-9]+ frame settings/N rules, N frame settings/'
copy: rules
--- file: rules/votes.rules
# Stands in for the shipped file (the case's files are not copied over),
# so the shipped rules plus this case's stay under the fast path's 512
# match lines and no line-count warning joins the one tested here.
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
rules: N rules, N frame settings: OK
--- stderr
claimcheck: warning: rules/extra: 1 .rules file in a subfolder, not read (rules are read from the rules folder itself: move them up into rules)
