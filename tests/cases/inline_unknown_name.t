# a disable comment naming no check or rule ('zone-pair' for zone_pair)
# suppresses nothing: warned of with file:line, and the near name
# suggested; a known check, CHECK/RULE or 'all' is not warned of
args: check --fail-on none a.md
--- file: a.md
---
date: 2024-09-17
place: Vancouver
---
<!-- claimcheck-disable-next-line zone-pair: typo -->
The talks started at 9 a.m. (1700 GMT) on Tuesday.
<!-- claimcheck-disable-next-line weekday_date: ok -->
<!-- claimcheck-disable-next-line same_fact/toll.dead.killing: ok -->
<!-- claimcheck-disable-next-line all: ok -->
<!-- claimcheck-disable-next-line same_fact/nosuch.rule: ok -->
The storm killed 12 people.
--- expect
a.md:6:22: warning: 09:00 in America/Vancouver on 2024-09-17 is 16:00 UTC (PDT, UTC-7); the article gives 17:00 UTC, 1 hour later (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "The talks started at 9 a.m. (1700 GMT) on Tuesday."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 1 document
--- stderr
claimcheck: warning: a.md:5: unknown check or rule 'zone-pair' in a claimcheck-disable-next-line comment: it suppresses nothing (did you mean 'zone_pair'?)
claimcheck: warning: a.md:10: unknown check or rule 'same_fact/nosuch.rule' in a claimcheck-disable-next-line comment: it suppresses nothing
