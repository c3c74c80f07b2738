# a text that opens with a '---' rule line over prose is text, not an
# unclosed front-matter block: front matter needs a key line and a
# closing fence (an empty block between two rules is text too)
args: extract --format text --date 2024-09-20 rule.txt empty.txt
--- file: rule.txt
---
The ferry resumed on Friday after a two-week halt.
--- file: empty.txt
---
---
The ferry resumed on Friday.
--- expect
rule.txt:2:22: date 2024-09-20 "Friday" [2024-09-20T00:00, 2024-09-21T00:00]
rule.txt:2:37: duration P2W "two-week" [P14D, P14D]
empty.txt:3:22: date 2024-09-20 "Friday" [2024-09-20T00:00, 2024-09-21T00:00]
--- stderr
