# check --claims reads claim CSVs: options about reading articles would be
# ignored, so they are usage errors naming the option
args: check --claims --date 2024-03-04 c.csv
exit: 2
--- file: c.csv
x
--- expect
--- stderr
claimcheck check: --claims reads claim CSVs; --date applies to articles (give it to 'extract --claims')
Try 'claimcheck check --help' for more information.
