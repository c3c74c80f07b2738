# the same for -o, --update, --format (and --fail-on's value): each exits 2
args: check -o a.txt -o b.txt a.md
args: check --update a.csv --update b.csv a.md
args: check --format csv --format json a.md
args: check --output a.txt -o b.txt a.md
args: check --fail-on --quiet a.md
exit: 2
--- file: a.md
Text.
--- expect
