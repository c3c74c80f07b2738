# an abbreviation is not an IANA zone name
args: check a.md
exit: 2
--- file: a.md
---
timezone: PDT
---
Text.
--- expect
--- stderr
claimcheck: a.md:2: unknown time zone 'PDT' (expected an IANA name such as America/Anchorage)
