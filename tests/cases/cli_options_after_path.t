# Options may follow the PATHs (GNU style): every line below reads a.txt
# as text
args: extract a.txt --format text
args: extract a.txt -q --format=text --invalid-utf8 error
args: extract --format text -- a.txt
--- file: a.txt
The levy rose by 25%.
--- expect
a.txt:1:18: percent 25 "25%" [25, 25] %
