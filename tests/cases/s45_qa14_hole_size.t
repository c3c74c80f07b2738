# A hole's size told after its noun (QA pass 14): "a sinkhole 13 metres
# deep" meets another outlet's "the hole is about 30 metres deep"; a width
# is not compared with a depth.  Written for this test.
args: check --show all --fail-on none a.md b.md
--- file: a.md
---
date: 2026-11-14
source: Test Wire
---
A sinkhole 13 metres deep opened in a street overnight.
--- file: b.md
---
date: 2026-11-14
source: Other Wire
---
A chasm 40 metres wide opened beneath a street. The hole is about 30 metres deep.
--- expect
a.md:5:12: warning: "13 metres" (Test Wire) = 13 m, but "about 30 metres" (Other Wire) = about 30 m; a difference of 14 m (tolerance 3%) [same_fact/figure.size.hole]
    "A sinkhole 13 metres deep opened in a street overnight."
    b.md:5:61: "The hole is about 30 metres deep."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
