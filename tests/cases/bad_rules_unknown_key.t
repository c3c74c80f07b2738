# an unknown key in a rule
args: rules --lint rules
exit: 2
copy: rules
--- file: rules/zz_broken.rules
rule zz.key
  frame   event.date
  whence  met on {DATE:d}
--- expect
--- stderr
claimcheck: rules/zz_broken.rules:3:3: unknown keyword 'whence' (use rule, about, frame, match, subject, object, value, open, require, unless or context)
