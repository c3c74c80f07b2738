# rules/README.md's worked example, taken from the README itself (its
# checks.csv row and its rule), works as written: it lints, its rule reads
# the claim, and two outlets' figures are a discrepancy
args: --version > /dev/null; awk '/^## Worked example/ {on = 1} /^## Rules are for/ {on = 0} on && /^   ```/ {n++; next} on && n % 2 == 1 {sub(/^   /, ""); print > ("block" (n + 1) / 2)}' "$root/rules/README.md"; cat block1 >> rules/checks.csv; cp block2 rules/environment.rules; "$bin" rules --lint rules | sed "s/[0-9]* rules, [0-9]* frame/N rules, M frame/" && "$bin" extract --rules rules --claims --format csv a.md | cut -d, -f1,5,15 && "$bin" check --rules rules a.md b.md
copy: rules
--- file: a.md
---
date: 2024-05-01
source: A
---
Volunteers planted 5,000 trees along the river on Saturday.
--- file: b.md
---
date: 2024-05-01
source: B
---
Volunteers said 6,000 trees were planted along the river on Saturday. A further 300 trees were planted on Sunday.
--- expect
rules: N rules, M frame settings: OK
"key","rule","value"
"trees.planted{story}","trees.planted","5000"
a.md:5:20: warning: "5,000" (A) = 5000, but "6,000" (B) = 6000; a difference of 1000 [same_fact/trees.planted]
    "Volunteers planted 5,000 trees along the river on Saturday."
    b.md:5:17: "Volunteers said 6,000 trees were planted along the river on Saturday."

1 discrepancy (0 errors, 1 warning, 0 info), 0 consistent, 0 unverifiable in 2 documents
