# rules --lint warns (exit 0) about a frame with no row in checks.csv that
# is spelled almost like a frame that has one: likely a typo, which would
# make a separate frame compared with default settings.  A frame with no
# row and no near neighbour (a new kind of fact) gets no warning.
args: rules --lint rules
copy: rules
--- file: rules/zz_typo.rules
rule zz.typo
  about   a test rule with a misspelt frame
  frame   toll.ded
  match   grounded {COUNT:n} planes
  subject story

rule zz.new
  about   a test rule with a new frame
  frame   flights.grounded
  match   grounded {COUNT:n} jets
  subject story
--- expect
rules: 196 rules, 107 frame settings: OK
--- stderr
claimcheck: rules/zz_typo.rules:3:11: warning: frame 'toll.ded' has no row in checks.csv, so it is compared with default settings; did you mean 'toll.dead'?
