# a manifest with a header and no rows, and no PATH
args: check --manifest m.csv
exit: 2
--- file: m.csv
path,date,source,place,timezone
--- expect
--- stderr
claimcheck: m.csv: the manifest lists no articles (expected a row per article after the header)
