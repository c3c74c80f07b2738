# front matter as Hugo and Jekyll write it: a list under a key (indented
# or not), a folded or literal block, a flow list, a " # comment" after a
# value and a quoted value are read; the lines below a key not read are
# skipped (a key not read and not common is still warned of, once)
args: extract --format text a.md
--- file: a.md
---
title: "Talks: day one"
date: 2024-09-17 # the day it ran
source: "The Wire"
tags:
  - talks
  - ministers
categories:
- news
summary: >
  Six ministers met
  in the capital.
description: Talks on a treaty
  went on all night.
notes: |-
  not: a key
    deeper: too
aliases: [a, b]
---
The talks opened on Tuesday.
--- expect
a.md:20:21: date 2024-09-17 "Tuesday" [2024-09-17T00:00, 2024-09-18T00:00]
--- stderr
claimcheck: warning: a.md:15: front matter key 'notes' is not one claimcheck reads (date, source, place, timezone): ignored
claimcheck: warning: a.md:18: front matter key 'aliases' is not one claimcheck reads (date, source, place, timezone): ignored
