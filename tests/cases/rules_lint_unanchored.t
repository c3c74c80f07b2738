# rules --lint warns about a pattern with no word every match needs (here
# a group after the slot, one of whose branches is a slot alone): it
# would be tried at every number of every sentence.  A warning, not an
# error: the rules still load.
args: rules --lint rules | sed -E 's/[0-9]+ rules, [0-9]+ frame settings/N rules, N frame settings/'
exit: 0
copy: rules
--- file: rules/votes.rules
# Stands in for the shipped file (the case's files are not copied over),
# so the shipped rules plus this case's stay under the fast path's 512
# match lines and no line-count warning joins the one tested here.
--- file: rules/zz_slow.rules
rule zz.slow
  about   a test rule one of whose branches holds no word
  frame   toll.injured
  match   {COUNT:n} [people] ( were hurt | were injured | {PLACE} )
  subject story
--- expect
rules: N rules, N frame settings: OK
--- stderr
claimcheck: rules/zz_slow.rules:4: warning: rule zz.slow: no word every match needs, so it is tried at every slot of its first kind; give it one outside [...], or one in each branch of its ( | ) groups
