# Invalid UTF-8 in a rules file is an error with its line and column.
args: rules --lint rules
exit: 2
copy: rules
--- file: rules/zz_latin1.rules
rule zz.latin1
  about   a test rule saved as Latin-1
  frame   toll.dead
  match   grounded {COUNT:n} planes café
  subject story
--- expect
--- stderr
claimcheck: rules/zz_latin1.rules:4:40: invalid UTF-8 (byte 0xE9): save the file as UTF-8
