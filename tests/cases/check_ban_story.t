# A doping ban told by three outlets (articles written for this test; the
# people are made up): people.rules reads the ban the sprinter was handed
# ("handed a four-year ban", "banned for four years").  Two outlets agree;
# the third gives three years (a discrepancy).  The ban her coach "could"
# get makes no claim, and the ban the federation imposed on the coach is
# keyed by that body, apart from any other.
args: check --show all --fail-on none s
--- file: s/a.md
---
date: 2025-03-14
source: Harbour Wire
---
Sprinter Anna Varga was handed a four-year ban on Thursday after failing a drugs test.

Her coach Peter Holm could be suspended for up to two years.
--- file: s/b.md
---
date: 2025-03-14
source: Valley Courier
---
Sprinter Anna Varga, the European champion, was banned for four years on Thursday.

Coach Peter Holm was banned for one year by the federation.
--- file: s/c.md
---
date: 2025-03-14
source: Morning Ledger
---
Sprinter Anna Varga has received a three-year ban for doping.
--- expect
s/a.md:5:34: consistent: "four-year" (Harbour Wire) = 4 years agrees with "four years" (Valley Courier) = 4 years; 2 outlets agree (2 claims) [same_fact/ban.duration]
    "Sprinter Anna Varga was handed a four-year ban on Thursday after failing a drugs test."
    s/b.md:5:60: "Sprinter Anna Varga, the European champion, was banned for four years on Thursday."

s/c.md:5:36: warning: "three-year" (Morning Ledger) = 3 years, but "four-year" (Harbour Wire) = 4 years; 1 year apart [same_fact/ban.duration]
    "Sprinter Anna Varga has received a three-year ban for doping."
    s/a.md:5:34: "Sprinter Anna Varga was handed a four-year ban on Thursday after failing a drugs test."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 3 documents
