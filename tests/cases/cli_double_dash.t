# "--" ends the options: what follows is a file name even when it looks
# like an option
args: extract --format text -- -q.txt
--- file: -q.txt
The levy rose by 25%.
--- expect
-q.txt:1:18: percent 25 "25%" [25, 25] %
