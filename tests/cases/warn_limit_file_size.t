# a file over --max-file-size is skipped with a warning; the others are read
args: extract --format text --max-file-size 40 big.txt small.txt
--- file: big.txt
This file is longer than forty bytes: it costs 10%.
--- file: small.txt
It cost 25%.
--- expect
small.txt:1:9: percent 25 "25%" [25, 25] %
--- stderr
claimcheck: warning: big.txt: 52 bytes, larger than the limit of 40 bytes (--max-file-size); file skipped
