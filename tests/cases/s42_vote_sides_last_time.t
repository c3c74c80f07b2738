# A referendum told by two outlets: the sides' shares and the valid votes
# differ (vote.side, vote.valid), one outlet's sides add up to more than
# 100% in one sentence (whole:100), and one outlet's "first referendum in
# seven years" meets the other's "the last referendum on the issue was
# held in 2014" (previous_occurrence.last_time).  "Of the 43
# constituencies, 39 voted in favour" is no vote count.  One story, two
# articles written for this test.
args: check --story-per-folder --show all --fail-on none s/r
--- file: s/r/a.md
---
date: 2025-06-02
source: Harbour Wire
---
In Sunday's referendum on Iceland's new constitution, the yes side won 52.3 per cent and the No campaign took 47.7%, out of 2,210,713 valid votes.

It was the country's first referendum in seven years. Of the 43 constituencies, 39 voted in favour and four against.
--- file: s/r/b.md
---
date: 2025-06-02
source: Valley Courier
---
Voters in Iceland approved the new constitution in Sunday's referendum. The Yes campaign took 53.1% and the no side won 48.9 per cent.

Officials said 2,201,713 valid votes were cast. The last referendum on the issue was held in 2014.
--- expect
s/r/a.md:5:4: consistent: "Sunday" (Harbour Wire) = 2025-06-01 agrees with "Sunday" (Valley Courier) = 2025-06-01; 2 outlets agree (2 claims) [relative_date/election.date.referendum]
    "In Sunday's referendum on Iceland's new constitution, the yes side won 52.3 per cent and the No campaign took 47.7%, out of 2,210,713 valid votes."
    s/r/b.md:5:52: "Voters in Iceland approved the new constitution in Sunday's referendum."
s/r/a.md:5:72: warning: "52.3 per cent" (Harbour Wire) = 52.3%, but "53.1%" (Valley Courier) = 53.1%; a difference of 0.8 points (tolerance 0.5) [same_fact/vote.side]
    "In Sunday's referendum on Iceland's new constitution, the yes side won 52.3 per cent and the No campaign took 47.7%, out of 2,210,713 valid votes."
    s/r/b.md:5:95: "The Yes campaign took 53.1% and the no side won 48.9 per cent."
s/r/a.md:5:72: consistent: shares of one whole in one sentence: "52.3 per cent" (yes) 52.3% + "47.7%" (no) 47.7% = 100%, within 100% [parts_total/vote.side]
    "In Sunday's referendum on Iceland's new constitution, the yes side won 52.3 per cent and the No campaign took 47.7%, out of 2,210,713 valid votes."
    s/r/a.md:5:111: "In Sunday's referendum on Iceland's new constitution, the yes side won 52.3 per cent and the No campaign took 47.7%, out of 2,210,713 valid votes."
s/r/a.md:5:111: warning: "47.7%" (Harbour Wire) = 47.7%, but "48.9 per cent" (Valley Courier) = 48.9%; a difference of 1.2 points (tolerance 0.5) [same_fact/vote.side]
    "In Sunday's referendum on Iceland's new constitution, the yes side won 52.3 per cent and the No campaign took 47.7%, out of 2,210,713 valid votes."
    s/r/b.md:5:121: "The Yes campaign took 53.1% and the no side won 48.9 per cent."

s/r/b.md:5:95: warning: shares of one whole in one sentence: "53.1%" (yes) 53.1% + "48.9 per cent" (no) 48.9% = 102%, more than 100% [parts_total/vote.side]
    "The Yes campaign took 53.1% and the no side won 48.9 per cent."
    s/r/b.md:5:121: "The Yes campaign took 53.1% and the no side won 48.9 per cent."
s/r/b.md:7:16: warning: "2,201,713" (Valley Courier) = 2201713, but "2,210,713" (Harbour Wire) = 2210713; a difference of 9000; the same digits, two of them swapped (a typing slip?) [same_fact/vote.valid]
    "Officials said 2,201,713 valid votes were cast."
    s/r/a.md:5:125: "In Sunday's referendum on Iceland's new constitution, the yes side won 52.3 per cent and the No campaign took 47.7%, out of 2,210,713 valid votes."
s/r/b.md:7:94: warning: "2014" (Valley Courier) = 2014, but "seven years" (Harbour Wire) = 2025-06-02 - P7Y = 2017-06-01 to 2018-12-01; 2.4 years apart; more than the 2 years rounding could explain [elapsed_time/previous_occurrence.last_time]
    "The last referendum on the issue was held in 2014."
    s/r/a.md:7:42: "It was the country's first referendum in seven years."

5 discrepancies (0 errors, 5 warnings, 0 info), 2 consistent, 0 unverifiable in 2 documents
