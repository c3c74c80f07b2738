# A rule has one description: a second 'about' line is an error.
args: rules --lint rules
exit: 2
copy: rules
--- file: rules/zz_about.rules
rule zz.about
  about   a test rule
  about   described twice
  frame   toll.dead
  match   grounded {COUNT:n} planes
  subject story
--- expect
--- stderr
claimcheck: rules/zz_about.rules:3:3: rule 'zz.about' has two 'about' lines
