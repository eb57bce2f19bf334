#!/bin/sh
# The README's honest scanner figures in one command (Round 20): the thirteen never-read test sets, each and pooled,
# through `npm run --silent scan`; then the eight dev sets the name tagger's choices were made on (summary only).
#   sh scripts/score-honest.sh
set -e
echo "test sets (never read, no choice made on them; heldout34 is the weakest styles on purpose):"
sh scripts/score-pool.sh heldout7 heldout13 heldout15 heldout25 heldout26 heldout27 heldout28 heldout29 heldout30 heldout31 heldout32 heldout33 heldout34
echo "dev sets (never read; the tagger's threshold and gates were chosen on these figures):"
sh scripts/score-pool.sh heldout17 heldout18 heldout19 heldout20 heldout21 heldout22 heldout23 heldout24 | tail -1
