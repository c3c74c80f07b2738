# "a quarter of a century" is 25 years, to the year: a century's
# granularity made "the first theft in a quarter of a century" any year
# from 1901 to 2051, so it agreed with every dated last time.  Articles
# written for this test.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-06-02
source: Harbour Wire
---
The raid on Sunday was the museum's first theft in a quarter of a century.
--- file: s/b.md
---
date: 2025-06-02
source: Valley Courier
---
Thieves broke into the museum on Sunday for the first time since 2010, the police said.
--- expect
s/a.md:5:52: warning: "a quarter of a century" (Harbour Wire) = 2025-06-02 - P25Y = 1999-06-02 to 2000-12-01, but "2010" (Valley Courier) = 2010; 9.1 years apart; more than the 2 years rounding could explain [elapsed_time/previous_occurrence.first_in]
    "The raid on Sunday was the museum's first theft in a quarter of a century."
    s/b.md:5:66: "Thieves broke into the museum on Sunday for the first time since 2010, the police said."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
