#!/bin/sh
# Score several blind sets through `npm run --silent scan`, each and pooled (the README's honest pool):
#   sh scripts/score-pool.sh heldout7 heldout13 heldout15 heldout17 … heldout29
set -e
tmp=$(mktemp -d)
for s in "$@"; do
  d=test/fixtures/identifiers/blind/$s
  cat "$d"/*.jsonl > "$tmp/$s.jsonl"
  npm run --silent scan < "$tmp/$s.jsonl" > "$tmp/$s.out"
  printf '%-10s ' "$s"
  npm run --silent eval:identifiers -- --file "$tmp/$s.jsonl" --predictions "$tmp/$s.out" --quiet
  cat "$tmp/$s.jsonl" >> "$tmp/all.jsonl"
  cat "$tmp/$s.out" >> "$tmp/all.out"
done
printf '%-10s ' pool
npm run --silent eval:identifiers -- --file "$tmp/all.jsonl" --predictions "$tmp/all.out" --quiet
rm -r "$tmp"
