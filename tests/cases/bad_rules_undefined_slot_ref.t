# A value line that names a slot no pattern has: the error points at the
# value line and its $name, and names the pattern's line.
args: rules --lint rules
exit: 2
copy: rules
--- file: rules/zz_ref.rules
rule zz.ref
  about   a test rule whose value names a missing slot
  frame   toll.dead
  match   grounded {COUNT:n} planes
  subject story
  value   $m
--- expect
--- stderr
claimcheck: rules/zz_ref.rules:6:11: rule 'zz.ref': the value uses $m but the pattern on line 4 has no slot named m
