# --jobs never changes the order of warnings: each document's warnings
# are held until it is delivered, so they come in corpus order on any
# number of threads.  Empty files and over-long sentences both warn.
args: extract --format text --max-sentence-tokens 8 --jobs 1 d
args: extract --format text --max-sentence-tokens 8 --jobs 3 d
args: extract --format text --max-sentence-tokens 8 --jobs 8 d
--- file: d/00.txt
Line 1 of file 0 says the bridge took 2 years and cost 10% more than planned in total.
--- file: d/01.txt
--- file: d/02.txt
Line 1 of file 2 says the bridge took 2 years and cost 10% more than planned in total.
Line 2 of file 2 says the bridge took 3 years and cost 20% more than planned in total.
Line 3 of file 2 says the bridge took 4 years and cost 30% more than planned in total.
Line 4 of file 2 says the bridge took 5 years and cost 40% more than planned in total.
Line 5 of file 2 says the bridge took 6 years and cost 50% more than planned in total.
--- file: d/03.txt
Line 1 of file 3 says the bridge took 2 years and cost 10% more than planned in total.
Line 2 of file 3 says the bridge took 3 years and cost 20% more than planned in total.
--- file: d/04.txt
--- file: d/05.txt
Line 1 of file 5 says the bridge took 2 years and cost 10% more than planned in total.
--- file: d/06.txt
Line 1 of file 6 says the bridge took 2 years and cost 10% more than planned in total.
Line 2 of file 6 says the bridge took 3 years and cost 20% more than planned in total.
Line 3 of file 6 says the bridge took 4 years and cost 30% more than planned in total.
--- file: d/07.txt
--- file: d/08.txt
Line 1 of file 8 says the bridge took 2 years and cost 10% more than planned in total.
Line 2 of file 8 says the bridge took 3 years and cost 20% more than planned in total.
--- file: d/09.txt
Line 1 of file 9 says the bridge took 2 years and cost 10% more than planned in total.
Line 2 of file 9 says the bridge took 3 years and cost 20% more than planned in total.
Line 3 of file 9 says the bridge took 4 years and cost 30% more than planned in total.
Line 4 of file 9 says the bridge took 5 years and cost 40% more than planned in total.
--- expect
d/00.txt:1:6: number 1 "1" [1, 1]
d/00.txt:1:16: number 0 "0" [0, 0]
d/00.txt:1:39: duration P2Y "2 years" [P2Y, P2Y]
d/00.txt:1:56: percent 10 "10%" [10, 10] %
d/02.txt:1:6: number 1 "1" [1, 1]
d/02.txt:1:16: number 2 "2" [2, 2]
d/02.txt:1:39: duration P2Y "2 years" [P2Y, P2Y]
d/02.txt:1:56: percent 10 "10%" [10, 10] %
d/02.txt:2:6: number 2 "2" [2, 2]
d/02.txt:2:16: number 2 "2" [2, 2]
d/02.txt:2:39: duration P3Y "3 years" [P3Y, P3Y]
d/02.txt:2:56: percent 20 "20%" [20, 20] %
d/02.txt:3:6: number 3 "3" [3, 3]
d/02.txt:3:16: number 2 "2" [2, 2]
d/02.txt:3:39: duration P4Y "4 years" [P4Y, P4Y]
d/02.txt:3:56: percent 30 "30%" [30, 30] %
d/02.txt:4:6: number 4 "4" [4, 4]
d/02.txt:4:16: number 2 "2" [2, 2]
d/02.txt:4:39: duration P5Y "5 years" [P5Y, P5Y]
d/02.txt:4:56: percent 40 "40%" [40, 40] %
d/02.txt:5:6: number 5 "5" [5, 5]
d/02.txt:5:16: number 2 "2" [2, 2]
d/02.txt:5:39: duration P6Y "6 years" [P6Y, P6Y]
d/02.txt:5:56: percent 50 "50%" [50, 50] %
d/03.txt:1:6: number 1 "1" [1, 1]
d/03.txt:1:16: number 3 "3" [3, 3]
d/03.txt:1:39: duration P2Y "2 years" [P2Y, P2Y]
d/03.txt:1:56: percent 10 "10%" [10, 10] %
d/03.txt:2:6: number 2 "2" [2, 2]
d/03.txt:2:16: number 3 "3" [3, 3]
d/03.txt:2:39: duration P3Y "3 years" [P3Y, P3Y]
d/03.txt:2:56: percent 20 "20%" [20, 20] %
d/05.txt:1:6: number 1 "1" [1, 1]
d/05.txt:1:16: number 5 "5" [5, 5]
d/05.txt:1:39: duration P2Y "2 years" [P2Y, P2Y]
d/05.txt:1:56: percent 10 "10%" [10, 10] %
d/06.txt:1:6: number 1 "1" [1, 1]
d/06.txt:1:16: number 6 "6" [6, 6]
d/06.txt:1:39: duration P2Y "2 years" [P2Y, P2Y]
d/06.txt:1:56: percent 10 "10%" [10, 10] %
d/06.txt:2:6: number 2 "2" [2, 2]
d/06.txt:2:16: number 6 "6" [6, 6]
d/06.txt:2:39: duration P3Y "3 years" [P3Y, P3Y]
d/06.txt:2:56: percent 20 "20%" [20, 20] %
d/06.txt:3:6: number 3 "3" [3, 3]
d/06.txt:3:16: number 6 "6" [6, 6]
d/06.txt:3:39: duration P4Y "4 years" [P4Y, P4Y]
d/06.txt:3:56: percent 30 "30%" [30, 30] %
d/08.txt:1:6: number 1 "1" [1, 1]
d/08.txt:1:16: number 8 "8" [8, 8]
d/08.txt:1:39: duration P2Y "2 years" [P2Y, P2Y]
d/08.txt:1:56: percent 10 "10%" [10, 10] %
d/08.txt:2:6: number 2 "2" [2, 2]
d/08.txt:2:16: number 8 "8" [8, 8]
d/08.txt:2:39: duration P3Y "3 years" [P3Y, P3Y]
d/08.txt:2:56: percent 20 "20%" [20, 20] %
d/09.txt:1:6: number 1 "1" [1, 1]
d/09.txt:1:16: number 9 "9" [9, 9]
d/09.txt:1:39: duration P2Y "2 years" [P2Y, P2Y]
d/09.txt:1:56: percent 10 "10%" [10, 10] %
d/09.txt:2:6: number 2 "2" [2, 2]
d/09.txt:2:16: number 9 "9" [9, 9]
d/09.txt:2:39: duration P3Y "3 years" [P3Y, P3Y]
d/09.txt:2:56: percent 20 "20%" [20, 20] %
d/09.txt:3:6: number 3 "3" [3, 3]
d/09.txt:3:16: number 9 "9" [9, 9]
d/09.txt:3:39: duration P4Y "4 years" [P4Y, P4Y]
d/09.txt:3:56: percent 30 "30%" [30, 30] %
d/09.txt:4:6: number 4 "4" [4, 4]
d/09.txt:4:16: number 9 "9" [9, 9]
d/09.txt:4:39: duration P5Y "5 years" [P5Y, P5Y]
d/09.txt:4:56: percent 40 "40%" [40, 40] %
--- stderr
claimcheck: warning: d/00.txt:1: sentence longer than 8 tokens was split (--max-sentence-tokens)
claimcheck: warning: d/01.txt: empty file (skipped)
claimcheck: warning: d/02.txt:1: sentence longer than 8 tokens was split (--max-sentence-tokens)
claimcheck: warning: d/03.txt:1: sentence longer than 8 tokens was split (--max-sentence-tokens)
claimcheck: warning: d/04.txt: empty file (skipped)
claimcheck: warning: d/05.txt:1: sentence longer than 8 tokens was split (--max-sentence-tokens)
claimcheck: warning: d/06.txt:1: sentence longer than 8 tokens was split (--max-sentence-tokens)
claimcheck: warning: d/07.txt: empty file (skipped)
claimcheck: warning: d/08.txt:1: sentence longer than 8 tokens was split (--max-sentence-tokens)
claimcheck: warning: d/09.txt:1: sentence longer than 8 tokens was split (--max-sentence-tokens)
claimcheck: warning: 3 files skipped (see the warnings above), 7 read
