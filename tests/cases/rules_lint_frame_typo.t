# rules --lint warns (exit 0) about a frame with no row in checks.csv that
# is spelled almost like a frame that has one: likely a typo, which would
# make a separate frame compared with default settings.  A frame with no
# row and no near neighbour (a new kind of fact) gets no warning.
args: rules --lint rules | sed -E 's/[0-9]+ rules, [0-9]+ frame settings/N rules, N frame settings/'
copy: rules
--- file: rules/votes.rules
# Stands in for the shipped file (the case's files are not copied over),
# so the shipped rules plus this case's stay under the fast path's 512
# match lines and no line-count warning joins the one tested here.
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
rules: N rules, N frame settings: OK
--- stderr
claimcheck: rules/zz_typo.rules:3:11: warning: frame 'toll.ded' has no row in checks.csv, so it is compared with default settings; did you mean 'toll.dead'?
