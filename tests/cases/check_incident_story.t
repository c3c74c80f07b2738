# An earthquake told by three outlets (articles written for this test):
# the rules of incidents.rules and tolls.rules make claims any disaster
# story has, and the checks compare them: the UTC time of the quake (and
# the zone pair beside it), its magnitude, the people left homeless and
# displaced, a weekday against its date.  The dead ("at least 14", "14")
# and the evacuated ("Some 3,000", "3,000") agree.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2024-11-05
source: Harbour Wire
place: Lima
---
LIMA - A magnitude 6.8 earthquake struck southern Peru at 4:12 a.m. local time (0912 GMT) on Monday, killing at least 14 people, officials in Lima and Arequipa said.

Some 3,000 residents of Arequipa were evacuated, and the quake left 8,000 people homeless.

Governor Elsa Moravec flew to Arequipa on Monday, November 4.
--- file: s/b.md
---
date: 2024-11-05
source: Valley Courier
place: Lima
---
A 6.6-magnitude earthquake hit southern Peru on Monday, killing 14 people in Arequipa. The quake struck at 4:12 a.m. (1012 GMT).

Officials in Lima said 3,000 people were evacuated in Arequipa.

Governor Elsa Moravec visited Arequipa on Tuesday, November 4.
--- file: s/c.md
---
date: 2024-11-05
source: Morning Ledger
---
The tremor that struck southern Peru measured 6.8 on the Richter scale, officials in Lima said.

About 10,000 people in Arequipa have been displaced, Governor Elsa Moravec said.
--- expect
s/a.md:6:20: consistent: "6.8" (Harbour Wire) = 6.8 agrees with "6.8" (Morning Ledger) = 6.8; 2 outlets agree (2 claims) [same_fact/quake.magnitude]
    "LIMA - A magnitude 6.8 earthquake struck southern Peru at 4:12 a.m. local time (0912 GMT) on Monday, killing at least 14 people, officials in Lima and Arequipa said."
    s/c.md:5:47: "The tremor that struck southern Peru measured 6.8 on the Richter scale, officials in Lima said."
s/a.md:6:59: consistent: 04:12 in America/Lima on 2024-11-04 is 09:12 UTC (-05, UTC-5), as the article gives it (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "LIMA - A magnitude 6.8 earthquake struck southern Peru at 4:12 a.m. local time (0912 GMT) on Monday, killing at least 14 people, officials in Lima and Arequipa said."
s/a.md:6:81: warning: "0912 GMT" (Harbour Wire) = 09:12 UTC, but "1012 GMT" (Valley Courier) = 10:12 UTC; 1 hour apart [same_fact/incident.start_time.utc]
    "LIMA - A magnitude 6.8 earthquake struck southern Peru at 4:12 a.m. local time (0912 GMT) on Monday, killing at least 14 people, officials in Lima and Arequipa said."
    s/b.md:6:119: "The quake struck at 4:12 a.m. (1012 GMT)."
s/a.md:8:69: warning: "8,000" (Harbour Wire) = 8000, but "About 10,000" (Morning Ledger) = about 10000; a difference of 2000 [same_fact/toll.displaced]
    "Some 3,000 residents of Arequipa were evacuated, and the quake left 8,000 people homeless."
    s/c.md:7:1: "About 10,000 people in Arequipa have been displaced, Governor Elsa Moravec said."
s/a.md:10:43: consistent: 2024-11-04 is a Monday, as the article says (year 2024 taken from the publication date) [weekday_date/builtin.weekday]
    "Governor Elsa Moravec flew to Arequipa on Monday, November 4."

s/b.md:6:3: warning: "6.6" (Valley Courier) = 6.6, but "6.8" (Harbour Wire) = 6.8; a difference of 0.2 [same_fact/quake.magnitude]
    "A 6.6-magnitude earthquake hit southern Peru on Monday, killing 14 people in Arequipa."
    s/a.md:6:20: "LIMA - A magnitude 6.8 earthquake struck southern Peru at 4:12 a.m. local time (0912 GMT) on Monday, killing at least 14 people, officials in Lima and Arequipa said."
s/b.md:6:65: consistent: "14" (Valley Courier) = 14 agrees with "at least 14" (Harbour Wire) = at least 14; 2 outlets agree (2 claims) [range_qualifier/toll.dead.killing]
    "A 6.6-magnitude earthquake hit southern Peru on Monday, killing 14 people in Arequipa."
    s/a.md:6:110: "LIMA - A magnitude 6.8 earthquake struck southern Peru at 4:12 a.m. local time (0912 GMT) on Monday, killing at least 14 people, officials in Lima and Arequipa said."
s/b.md:6:108: warning: 04:12 in America/Lima on 2024-11-04 is 09:12 UTC (-05, UTC-5); the article gives 10:12 UTC, 1 hour later (zone inferred from the article's place) [zone_pair/builtin.zone_pair]
    "The quake struck at 4:12 a.m. (1012 GMT)."
s/b.md:8:24: consistent: "3,000" (Valley Courier) = 3000 agrees with "Some 3,000" (Harbour Wire) = about 3000; 2 outlets agree (2 claims) [range_qualifier/toll.evacuated]
    "Officials in Lima said 3,000 people were evacuated in Arequipa."
    s/a.md:8:1: "Some 3,000 residents of Arequipa were evacuated, and the quake left 8,000 people homeless."
s/b.md:10:43: error: 2024-11-04 is a Monday, but the article says Tuesday (year 2024 taken from the publication date) [weekday_date/builtin.weekday]
    "Governor Elsa Moravec visited Arequipa on Tuesday, November 4."

5 discrepancies (1 error, 4 warnings, 0 info), 5 consistent, 0 unverifiable in 3 documents
