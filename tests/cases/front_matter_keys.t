# front-matter keys are matched without regard to case; a key claimcheck
# does not read is named in a warning (file, line, key) and the run goes
# on, except common ones (title, author...), ignored without a word
args: extract --format text a.md
--- file: a.md
---
Title: Ferry back
DATE: 2024-09-20
Sorce: Harbour Post
author: A. Writer
---
The ferry resumed on Friday.
--- expect
a.md:7:22: date 2024-09-20 "Friday" [2024-09-20T00:00, 2024-09-21T00:00]
--- stderr
claimcheck: warning: a.md:4: front matter key 'Sorce' is not one claimcheck reads (date, source, place, timezone): ignored
