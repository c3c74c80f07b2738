# Years before the common era (invented leaders of an invented past):
# two outlets date the leaders' last summit to different BC years.  The
# report names the years as BC, not as ISO's signed astronomical years
# (-0299), and measures the gap the right way round; extract's bounds
# keep the sign (tests/recog/dates.tsv).
args: check --fail-on none --date 2025-08-15 a.txt b.txt
--- file: a.txt
Ames and Brook met in Oslo. It was the first summit between Ames and Brook since 300 BC.
--- file: b.txt
Ames and Brook met in Oslo. It was the first summit between Ames and Brook since 250 BC.
--- expect
a.txt:1:82: warning: "300 BC" (a) = 300 BC, but "250 BC" (b) = 250 BC; 50 years apart [same_fact/previous_meeting.first_since]
    "It was the first summit between Ames and Brook since 300 BC."
    b.txt:1:82: "It was the first summit between Ames and Brook since 250 BC."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
