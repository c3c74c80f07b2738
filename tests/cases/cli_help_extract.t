# extract's help lists -q and says what --format defaults to with --claims
args: extract --help | sed -n '/--format/,/--quiet/p'
--- expect
  --format FMT     jsonl (default; json is the same), csv or text;
                   with --claims, csv (default) or jsonl
  --claims         print claims instead of mentions
  -o, --output F   write to F atomically (- is stdout); without
                   --format, F's extension picks it (.csv, .jsonl,
                   .txt)
  -q, --quiet      no progress line
