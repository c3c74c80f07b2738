# A group left open at the end of the line: "at the end of the line",
# not an empty "near ''".
args: rules --lint rules
exit: 2
copy: rules
--- file: rules/zz_group.rules
rule zz.group
  about   a test rule with an open bracket
  frame   toll.dead
  match   grounded {COUNT:n} [ more
  subject story
--- expect
--- stderr
claimcheck: rules/zz_group.rules:4:36: expected ']' to close the group, at the end of the line
