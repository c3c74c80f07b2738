# a manifest saved by Excel as "CSV UTF-8" starts with a byte-order mark
# and has CRLF line ends: read as any other, given with --manifest or as
# a folder's manifest.csv
args: extract --format text --manifest m/manifest.csv m/a.md
args: extract --format text m
--- file: m/manifest.csv
﻿path,date,source
a.md,2025-08-18,Harbour Post
--- file: m/a.md
The ferry resumed on Friday after a two-week halt.
--- expect
m/a.md:1:22: date 2025-08-15 "Friday" [2025-08-15T00:00, 2025-08-16T00:00]
m/a.md:1:37: duration P2W "two-week" [P14D, P14D]
