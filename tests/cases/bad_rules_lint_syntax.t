# rules --lint reports the same error
args: rules --lint rules
exit: 2
copy: rules
--- file: rules/zz_broken.rules
rule zz.broken
  about   a test rule with an unclosed slot
  frame   event.date
  match   met on {DATE:d
--- expect
--- stderr
claimcheck: rules/zz_broken.rules:4:18: '{' without a closing '}'
