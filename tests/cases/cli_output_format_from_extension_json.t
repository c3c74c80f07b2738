# -o FILE.json without --format writes JSON; -o FILE.txt text
args: check -q --fail-on none -o r.json a.txt && head -c 1 r.json && echo
--- file: a.txt
The talks began on Monday.
--- expect
{
