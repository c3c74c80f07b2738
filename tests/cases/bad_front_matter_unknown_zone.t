# timezone: must name a tzdata zone; file and line are named
args: check a.md
exit: 2
--- file: a.md
---
date: 2025-08-15
timezone: Mars/Olympus_Mons
---
Text.
--- expect
--- stderr
claimcheck: a.md:3: unknown time zone 'Mars/Olympus_Mons' (expected an IANA name such as America/Anchorage)
