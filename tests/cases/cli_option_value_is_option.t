# an option's value that is another option ("--update --fail-on
# warning") is refused: the option would have been taken as the file
args: check --update --fail-on warning a.md
exit: 2
--- file: a.md
Text.
--- expect
--- stderr
claimcheck check: --update needs a FILE; got the option --fail-on (a file whose name starts with '--' is given as ./--fail-on)
Try 'claimcheck check --help' for more information.
