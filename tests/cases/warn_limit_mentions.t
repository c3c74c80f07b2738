# mentions over --max-mentions in one sentence are dropped with a warning
args: extract --format text --max-mentions 3 a.txt
--- file: a.txt
They counted 1, 2, 3, 4 and 5%.
--- expect
a.txt:1:14: number 1 "1" [1, 1]
a.txt:1:17: number 2 "2" [2, 2]
a.txt:1:20: number 3 "3" [3, 3]
--- stderr
claimcheck: warning: a.txt:1: more than 3 mentions in one sentence; the rest are skipped
