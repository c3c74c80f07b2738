# rules --lint warns about a pattern with no word every match needs (here
# a group after the slot, one of whose branches is a slot alone): it
# would be tried at every number of every sentence.  A warning, not an
# error: the rules still load.
args: rules --lint rules
exit: 0
copy: rules
--- file: rules/zz_slow.rules
rule zz.slow
  about   a test rule one of whose branches holds no word
  frame   toll.injured
  match   {COUNT:n} [people] ( were hurt | were injured | {PLACE} )
  subject story
--- expect
rules: 195 rules, 107 frame settings: OK
--- stderr
claimcheck: rules/zz_slow.rules:4: warning: rule zz.slow: no word every match needs, so it is tried at every slot of its first kind; give it one outside [...], or one in each branch of its ( | ) groups
