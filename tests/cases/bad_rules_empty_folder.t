# a rules folder with nothing in it
args: check --rules empty a.txt
exit: 2
--- file: a.txt
It cost 25%.
--- file: empty/README
nothing here
--- expect
--- stderr
claimcheck: empty: not a rules folder: it has no lexicon/ folder (see rules/README.md)
