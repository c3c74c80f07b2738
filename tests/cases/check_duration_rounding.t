# a duration's rounding allowance is half its unit but at most a tenth of
# itself: six months and one year, 36 hours and two days, 20 months and
# two years disagree (half a year's unit had let them agree); a year and
# 12 months, and seven hours and about seven hours, still agree
args: check --story-per-folder --fail-on none --show all s | grep -v '^    '
--- file: s/a.md
---
date: 2025-06-03
source: Court Wire
---
John Holt was jailed for six months on Tuesday.

Mary Ward was jailed for 20 months on Tuesday.

David Finch was jailed for a year on Tuesday.

Rail workers began a 36-hour strike on Monday.

The talks lasted seven hours.
--- file: s/b.md
---
date: 2025-06-03
source: City Post
---
John Holt was jailed for one year on Tuesday.

Mary Ward was jailed for two years on Tuesday.

David Finch was jailed for 12 months on Tuesday.

Rail workers began a two-day strike on Monday.

The talks lasted about seven hours.
--- expect
s/a.md:5:26: warning: "six months" (Court Wire) = 6 months, but "one year" (City Post) = 1 year; 6 months apart [same_fact/sentence.prison]
s/a.md:7:26: warning: "20 months" (Court Wire) = 20 months, but "two years" (City Post) = 2 years; 4 months apart [same_fact/sentence.prison]
s/a.md:9:28: consistent: "a year" (Court Wire) = 1 year agrees with "12 months" (City Post) = 1 year; 2 outlets agree (2 claims) [same_fact/sentence.prison]
s/a.md:11:22: warning: "36-hour" (Court Wire) = 36 hours, but "two-day" (City Post) = 2 days; 12 hours apart [same_fact/strike.duration]
s/a.md:13:18: consistent: "seven hours" (Court Wire) = 7 hours agrees with "about seven hours" (City Post) = 6.3 to 7.7 hours; 2 outlets agree (2 claims) [range_qualifier/event.duration.last]

3 discrepancies (0 errors, 3 warnings, 0 info), 2 consistent, 0 unverifiable in 2 documents
