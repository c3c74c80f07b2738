# An 'about' text opened with a quote must close it.
args: rules --lint rules
exit: 2
copy: rules
--- file: rules/zz_quote.rules
rule zz.quote
  about   "a test rule with an open quote
  frame   toll.dead
  match   grounded {COUNT:n} planes
  subject story
--- expect
--- stderr
claimcheck: rules/zz_quote.rules:2:11: unterminated quoted text (a '"' opens the description but none closes it)
