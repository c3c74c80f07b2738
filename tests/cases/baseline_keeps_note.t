# a --baseline report carries the reviewer's note with the status
args: check -q --fail-on none -o r.csv d && sed 's/,"",""\r$/,"confirmed","checked with the wire"/' r.csv > b.csv && "$bin" check --fail-on none --baseline b.csv --format json d | grep -E '"(status|note)"'
--- file: d/a.md
---
date: 2024-05-01
source: A
---
The storm killed 12 people on Monday.
--- file: d/b.md
---
date: 2024-05-01
source: B
---
The storm killed 15 people on Monday.
--- expect
      "status": "confirmed",
      "note": "checked with the wire",
