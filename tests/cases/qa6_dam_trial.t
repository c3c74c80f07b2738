# qa6: wordings found missing on invented stories of new kinds: an
# earlier disaster's toll in a "since YEAR, when" clause (no claim, so no
# false discrepancy with this disaster's toll), parts of a total told at
# length ("20 were employees of the company and 15 were residents"), and
# a treatment that slowed a disease's decline by a percent
args: check --show all a.md b.md
exit: 0
--- file: a.md
---
date: 2025-06-13
source: North Wire
---
A dam collapsed in the valley on Thursday, killing 32 people, officials said.

In a trial of 1,800 patients, the drug slowed the decline in memory and thinking by 27% compared with a placebo.
--- file: b.md
---
date: 2025-06-13
source: South Times
---
The dam collapse killed 32 people on Thursday. Of the 32 dead, 20 were employees of the mining company and 15 were residents of the villages below the dam.

The disaster is the worst of its kind since 2015, when a dam failure at another mine killed 19 people.

The drug slowed cognitive decline by 37% in a trial of 1,800 patients.
--- expect
a.md:5:52: consistent: "32" (North Wire) = 32 agrees with "32" (South Times) = 32; 2 outlets agree (3 claims) [same_fact/toll.dead.killing]
    "A dam collapsed in the valley on Thursday, killing 32 people, officials said."
    b.md:5:25: "The dam collapse killed 32 people on Thursday."
a.md:7:15: consistent: "1,800" (North Wire) = 1800 agrees with "1,800" (South Times) = 1800; 2 outlets agree (2 claims) [same_fact/trial.size]
    "In a trial of 1,800 patients, the drug slowed the decline in memory and thinking by 27% compared with a placebo."
    b.md:9:56: "The drug slowed cognitive decline by 37% in a trial of 1,800 patients."
a.md:7:85: warning: "27%" (North Wire) = 27%, but "37%" (South Times) = 37%; a difference of 10 points [same_fact/trial.efficacy.decline]
    "In a trial of 1,800 patients, the drug slowed the decline in memory and thinking by 27% compared with a placebo."
    b.md:9:38: "The drug slowed cognitive decline by 37% in a trial of 1,800 patients."

b.md:5:55: warning: parts of a total in one sentence: "20" 20 + "15" 15 = 35, more than the total "32" (South Times) = 32 [parts_total/breakdown.total]
    "Of the 32 dead, 20 were employees of the mining company and 15 were residents of the villages below the dam."
    b.md:5:64: "Of the 32 dead, 20 were employees of the mining company and 15 were residents of the villages below the dam."

2 discrepancies (0 errors, 2 warnings, 0 info), 2 consistent, 0 unverifiable in 2 documents
