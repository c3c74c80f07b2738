# a rules folder with a syntax error stops check before any article is read (file:line:col)
args: check --rules rules a.txt
exit: 2
copy: rules
--- file: a.txt
It cost 25%.
--- file: rules/zz_broken.rules
rule zz.broken
  about   a test rule with an unclosed slot
  frame   event.date
  match   met on {DATE:d
--- expect
--- stderr
claimcheck: rules/zz_broken.rules:4:18: '{' without a closing '}'
