#!/bin/sh
# Score blind batches through exactly what users see: `npm run --silent scan`, then the scorer over its output.
#   sh scripts/score-blind.sh tuning     (or: heldout2 — the fresh held-out set, scored once at the end)
set -e
set_name=${1:?usage: score-blind.sh tuning|heldout2}
dir=test/fixtures/identifiers/blind/$set_name
tmp=$(mktemp -d)
for f in "$dir"/*.src.txt; do
  b=$(basename "$f" .src.txt)
  npx tsx test/fixtures/identifiers/build-corpus.ts "$f" --out "$dir/$b.jsonl" >/dev/null
  npm run --silent scan < "$dir/$b.jsonl" > "$tmp/$b.out"
  printf '%-4s ' "$b"
  npm run --silent eval:identifiers -- --file "$dir/$b.jsonl" --predictions "$tmp/$b.out" --quiet
done
npx tsx test/fixtures/identifiers/build-corpus.ts "$dir"/*.src.txt --out "$tmp/all.jsonl" >/dev/null
cat "$tmp"/*.out > "$tmp/all.out"
printf '%-4s ' all
npm run --silent eval:identifiers -- --file "$tmp/all.jsonl" --predictions "$tmp/all.out" --quiet
rm -r "$tmp"
