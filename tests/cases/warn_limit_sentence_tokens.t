# a sentence over --max-sentence-tokens is split with a warning naming file and line
args: extract --format text --max-sentence-tokens 8 a.txt
--- file: a.txt
Intro.
The numbers were 1 2 3 4 5 6 7 8 9 10 11 12 and 13%.
--- expect
a.txt:2:18: number 1 "1" [1, 1]
a.txt:2:20: number 2 "2" [2, 2]
a.txt:2:22: number 3 "3" [3, 3]
a.txt:2:24: number 4 "4" [4, 4]
a.txt:2:26: number 5 "5" [5, 5]
a.txt:2:28: number 6 "6" [6, 6]
a.txt:2:30: number 7 "7" [7, 7]
a.txt:2:32: number 8 "8" [8, 8]
a.txt:2:34: number 9 "9" [9, 9]
a.txt:2:36: number 10 "10" [10, 10]
a.txt:2:39: number 11 "11" [11, 11]
a.txt:2:42: number 12 "12" [12, 12]
a.txt:2:49: percent 13 "13%" [13, 13] %
--- stderr
claimcheck: warning: a.txt:2: sentence longer than 8 tokens was split (--max-sentence-tokens)
