# a won/drawn/lost record told against the games it covers: the three
# results are parts of the games (breakdown.total object "all"), so a
# record summing to more games than told is a discrepancy, one summing
# to them is consistent; the games themselves are compared across
# outlets (coach.games); fewer is a discrepancy too (all three results
# told, the record is the whole)
args: check --show all --fail-on warning a.md b.md c.md
exit: 1
--- file: a.md
---
date: 2025-04-02
source: Wire One
---
Ashford sacked coach Lena Brook on Tuesday.

Brook won 11, drew 9 and lost 10 of her 30 games in charge.
--- file: b.md
---
date: 2025-04-02
source: Wire Two
---
Ashford sacked coach Lena Brook on Tuesday.

Brook won 11, drew 11 and lost 10 of her 30 games in charge.
--- file: c.md
---
date: 2025-04-02
source: Wire Three
---
Ashford sacked coach Lena Brook on Tuesday.

Brook won 9, drew 9 and lost 10 of her 30 games in charge.
--- expect
a.md:7:41: consistent: "30" (Wire One) = 30 agrees with "30" (Wire Two) = 30; 3 outlets agree (3 claims) [same_fact/coach.games]
    "Brook won 11, drew 9 and lost 10 of her 30 games in charge."
    b.md:7:42: "Brook won 11, drew 11 and lost 10 of her 30 games in charge."
a.md:7:41: consistent: parts of a total in one sentence: "11" 11 + "9" 9 + "10" 10 = 30, matching the total "30" (Wire One) = 30 [parts_total/record.games]
    "Brook won 11, drew 9 and lost 10 of her 30 games in charge."
    a.md:7:11: "Brook won 11, drew 9 and lost 10 of her 30 games in charge."

b.md:7:42: warning: parts of a total in one sentence: "11" 11 + "11" 11 + "10" 10 = 32, more than the total "30" (Wire Two) = 30 [parts_total/record.games]
    "Brook won 11, drew 11 and lost 10 of her 30 games in charge."
    b.md:7:11: "Brook won 11, drew 11 and lost 10 of her 30 games in charge."

c.md:7:40: warning: parts of a total in one sentence: "9" 9 + "9" 9 + "10" 10 = 28, less than the total "30" (Wire Three) = 30 [parts_total/record.games]
    "Brook won 9, drew 9 and lost 10 of her 30 games in charge."
    c.md:7:11: "Brook won 9, drew 9 and lost 10 of her 30 games in charge."

2 discrepancies (0 errors, 2 warnings, 0 info), 2 consistent, 0 unverifiable in 3 documents
