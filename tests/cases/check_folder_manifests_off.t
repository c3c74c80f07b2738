# --no-folder-manifests: the folders' manifest.csv files are not read, so
# "on Friday" has no publication date to resolve against (see
# check_folder_manifests.t for the same folders read with them)
args: check --story-per-folder --no-folder-manifests --show all --format text --color never .
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
0 discrepancies (0 errors, 0 warnings, 0 info), 0 consistent, 0 unverifiable in 4 documents
--- stderr
