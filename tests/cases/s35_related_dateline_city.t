# a dateline's words are the city an outlet files from and the outlet's
# name: two outlets filing from two cities ("NEW HAVEN", "PORT ELLIS")
# no longer make their articles seem to be two stories, so $38 against
# $34 a share is compared
args: check --format text wire.txt daily.txt
--- file: wire.txt
---
date: 2026-04-15
---
NEW HAVEN (Coast Wire) - Shares of Brantel jumped 27% in their debut on Wednesday after the chip designer priced its IPO at $38 a share.
--- file: daily.txt
---
date: 2026-04-15
---
PORT ELLIS (Money Daily) - Brantel priced its initial public offering at $34 per share on Wednesday.
--- expect
daily.txt:4:74: warning: "$34" (daily) = 34 USD, but "$38" (wire) = 38 USD; a difference of 4 USD [same_fact/ipo.price]
    "PORT ELLIS (Money Daily) - Brantel priced its initial public offering at $34 per share on Wednesday."
    wire.txt:4:125: "NEW HAVEN (Coast Wire) - Shares of Brantel jumped 27% in their debut on Wednesday after the chip designer priced its IPO at $38 a share."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
