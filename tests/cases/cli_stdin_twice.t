# standard input named twice is a usage error (the second read nothing);
# so is --update - (a review file is read and rewritten: it must be a file)
args: check - -
exit: 2
stdin: a.txt
--- file: a.txt
The storm killed 12 people.
--- expect
--- stderr
claimcheck check: standard input (-) is named 2 times: give it once
Try 'claimcheck check --help' for more information.
