# each story folder's own manifest.csv dates its articles: "on Friday" in
# a Monday's article is the Friday before, which the other outlet's date
# contradicts in one folder and agrees with in the other; with
# --no-folder-manifests the weekday has no date to resolve against
args: check --story-per-folder --show all --format text --color never .
exit: 0
--- file: quake/manifest.csv
path,date,source,place,timezone
a.md,2025-08-18,Harbour Post,,
b.md,2025-08-18,Valley Wire,,
--- file: quake/a.md
A strong earthquake struck on Friday near the coast of Norland.

Rescue teams searched collapsed buildings through the weekend.
--- file: quake/b.md
The earthquake struck on 14 August near the coast of Norland.

Rescue teams worked through the weekend in Norland.
--- file: fire/manifest.csv
path,date
a.md,2025-09-08
b.md,2025-09-08
--- file: fire/a.md
A fire broke out on Friday at a warehouse in Eastport.

Crews from three towns fought the blaze in Eastport overnight.
--- file: fire/b.md
The fire broke out on 5 September at a warehouse in Eastport.

Firefighters worked through the night in Eastport.
--- expect
./fire/a.md:1:21: consistent: "Friday" (a) = 2025-09-05 agrees with "5 September" (b) = 2025-09-05 (year from the publication date); 2 outlets agree (2 claims) [relative_date/incident.date]
    "A fire broke out on Friday at a warehouse in Eastport."
    ./fire/b.md:1:23: "The fire broke out on 5 September at a warehouse in Eastport."

./quake/b.md:1:26: warning: "14 August" (Valley Wire) = 2025-08-14 (year from the publication date), but "Friday" (Harbour Post) = 2025-08-15; 1 day apart [relative_date/incident.date]
    "The earthquake struck on 14 August near the coast of Norland."
    ./quake/a.md:1:31: "A strong earthquake struck on Friday near the coast of Norland."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 4 documents
--- stderr
