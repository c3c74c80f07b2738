# a manifest time zone that tzdata does not know
args: check --manifest m.csv
exit: 2
--- file: m.csv
path,date,timezone
a.txt,2025-08-15,Europe/Atlantis
--- file: a.txt
It cost 25%.
--- expect
--- stderr
claimcheck: m.csv:2: unknown time zone 'Europe/Atlantis' (expected an IANA name such as America/Anchorage)
