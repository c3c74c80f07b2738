# in a folder, an oversized file is skipped and the run goes on
args: extract --format text --max-file-size 40 docs
--- file: docs/a_big.txt
This file is longer than forty bytes: it costs 10%.
--- file: docs/b.txt
It cost 25%.
--- expect
docs/b.txt:1:9: percent 25 "25%" [25, 25] %
--- stderr
claimcheck: warning: docs/a_big.txt: 52 bytes, larger than the limit of 40 bytes (--max-file-size); file skipped
