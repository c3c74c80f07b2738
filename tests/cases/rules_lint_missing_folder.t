# rules --lint naming a folder that does not exist says so (not the hint
# about --rules meant for the default folder)
args: rules --lint nonexist
exit: 2
--- expect
--- stderr
claimcheck rules: nonexist: no such rules folder: No such file or directory
Try 'claimcheck rules --help' for more information.
