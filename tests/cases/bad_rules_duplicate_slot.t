# One slot name twice in one sequence is an error (one name is one
# value); the same name in two alternatives of a group stays one capture.
args: rules --lint rules
exit: 2
copy: rules
--- file: rules/zz_dup.rules
rule zz.dup
  about   a test rule that names two slots alike
  frame   toll.dead
  match   ( {COUNT:n} dead | killed {COUNT:n} ) in the crash
  match   grounded {COUNT:n} {COUNT:n} planes
  subject story
--- expect
--- stderr
claimcheck: rules/zz_dup.rules:5:30: slot name 'n' used twice in one pattern (one name is one value; name the other slot differently)
