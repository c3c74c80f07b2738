# A handful of articles given together, published within days, naming
# nobody: their claims are compared even when the proper words of the
# claims' sentences do not meet ("Gaines County" in one, none in the
# other), unless both name places that do not meet (Omaha and Tulsa:
# tests/cases/s33_related_city_in_country.t).  Articles written for this
# test.
args: check --fail-on none s
--- file: s/a.md
---
date: 2025-02-26
source: Plains Wire
---
State officials said the number of confirmed cases had risen to 164 since the outbreak began in January.

The first case was reported in Seminole on Friday, January 24.
--- file: s/b.md
---
date: 2025-02-27
source: River Post
---
The outbreak, centred on Gaines County, has grown to 146 confirmed cases, the state health department said.
--- expect
s/b.md:5:54: warning: "146" (River Post) = 146, but "164" (Plains Wire) = 164; a difference of 18; the same digits, two of them swapped (a typing slip?) [same_fact/outbreak.cases]
    "The outbreak, centred on Gaines County, has grown to 146 confirmed cases, the state health department said."
    s/a.md:5:65: "State officials said the number of confirmed cases had risen to 164 since the outbreak began in January."

1 discrepancy (0 errors, 1 warning, 0 info), 1 consistent, 0 unverifiable in 2 documents
