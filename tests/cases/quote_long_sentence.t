# a sentence longer than 600 bytes (a scrape with no sentence ends) is
# quoted around its mention, cut at words' characters, with "..." where
# it was cut: a run-on page no longer makes huge quotes and cells
args: check --fail-on none a.md
exit: 0
--- file: a.md
---
date: 2024-09-20
---
Officials said the committee heard evidence from residents and traders about the flooding of the lower town and the repairs that followed the committee heard evidence from residents and traders about the flooding of the lower town and the repairs that followed the committee heard evidence from residents and traders about the flooding of the lower town and the repairs that followed the committee heard evidence from residents and traders about the and then the group met on Friday, September 2, 2024, when residents and traders about the flooding of the lower town and the repairs that followed the committee heard evidence from residents and traders about the flooding of the lower town and the repairs that followed the committee heard evidence from residents and traders about the flooding of the lower town and the repairs that followed the committee heard evidence from residents and traders about the flooding of the lower town.
--- expect
a.md:4:477: error: 2024-09-02 is a Monday, but the article says Friday [weekday_date/builtin.weekday]
    "...about the flooding of the lower town and the repairs that followed the committee heard evidence from residents and traders about the flooding of the lower town and the repairs that followed the committee heard evidence from residents and traders about the and then the group met on Friday, September 2, 2024, when residents and traders about the flooding of the lower town and the repairs that fol..."

1 discrepancy (1 error, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 1 document
--- stderr
