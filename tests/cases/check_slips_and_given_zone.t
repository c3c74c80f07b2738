# QA cases the check had dropped as doubtful: one figure ten times
# another's (a zero or a unit word slipped) across outlets; local times
# hours apart in a zone both articles' timezone fields give; a weekday a
# week off a date another outlet writes out, in the past
args: check --story-per-folder --fail-on none s | grep -v '^    '
--- file: s/a.md
---
date: 2025-07-02
source: Harbour Wire
timezone: Europe/Madrid
---
About 1,500 residents were evacuated after the dam failed.

The talks began at 10 a.m. on Tuesday in Madrid.

The crash happened on Monday on the coast road, killing four people.

Marlowe Foods agreed to buy Teodor Mills for $2.4 billion on Sunday.
--- file: s/b.md
---
date: 2025-07-02
source: Valley Courier
timezone: Europe/Madrid
---
Some 15,000 residents were evacuated after the dam failed.

The talks began at 1 p.m. on Tuesday in Madrid.

The crash happened on June 23 on the coast road, killing four people.

Marlowe Foods agreed to buy Teodor Mills for $240 million on Sunday.
--- expect
s/a.md:6:1: warning: "About 1,500" (Harbour Wire) = about 1500, but "Some 15,000" (Valley Courier) = about 15000; a difference of 13500; one is 10 times the other (a zero or a unit word slipped?) [same_fact/toll.evacuated]
s/a.md:8:20: warning: "10 a.m. on Tuesday" (Harbour Wire) = 2025-07-01 08:00 UTC (zone from the article's timezone field), but "1 p.m. on Tuesday" (Valley Courier) = 2025-07-01 11:00 UTC (zone from the article's timezone field); 3 hours apart [same_fact/event.start.begins]

s/b.md:10:23: warning: "June 23" (Valley Courier) = 2025-06-23 (year from the publication date), but "Monday" (Harbour Wire) = 2025-06-30; 1 week apart [relative_date/incident.date]
s/b.md:12:46: warning: "$240 million" (Valley Courier) = 240000000 USD, but "$2.4 billion" (Harbour Wire) = 2400000000 USD; a difference of 2.16 billion USD (tolerance 2%); one is 10 times the other (a zero or a unit word slipped?) [same_fact/deal.amount.sold_for]

4 discrepancies (0 errors, 4 warnings, 0 info), 1 consistent, 0 unverifiable in 2 documents
