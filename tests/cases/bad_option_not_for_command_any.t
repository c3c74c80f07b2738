# options a command does not use are errors: each line is refused (the
# message names the option and the command)
args: extract --baseline reviewed.csv a.txt
args: extract --fail-on none a.txt
args: extract --story-per-folder a.txt
args: extract --color never a.txt
args: review --format csv reviewed.csv
args: review --rules rules reviewed.csv
args: check --list a.txt
args: rules --list --format csv
args: rules --list --rules one two
args: help check extract
exit: 2
--- file: a.txt
The levy rose by 25%.
--- file: reviewed.csv
id,severity
--- expect
