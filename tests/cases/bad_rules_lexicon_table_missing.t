# A rules folder whose lexicon lacks one of the tables the recognizers
# read stops the run (exit 2) naming the file: a missing places.csv had
# silently turned off the zone of an article's place
args: check --rules r a.md
args: rules --lint r
exit: 2
--- file: r/lexicon/months.csv
name,month,strict
january,1,
--- file: a.md
The talks began on Monday.
--- expect
--- stderr
claimcheck: r/lexicon/abbreviations.csv: lexicon table missing (every table of the shipped rules/lexicon is needed; one with only its header line turns its words off)
