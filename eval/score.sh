#!/usr/bin/env bash
# Scores the ranking on every evaluation set at once (the comparison every ranking change must pass):
# dev (long messages), the past-answer check, and the cdtn queries per query and per intent (tuning and validation).
# Needs the index with the fiches (scripts/fetch-fiches.sh, then ./kb index). Usage: eval/score.sh [kb options]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for set in dev.jsonl past-answers/check.jsonl cdtn/tuning.jsonl cdtn/validation.jsonl; do
  "$here/kb" eval --questions "$here/eval/$set" --json "$@" | python3 "$here/eval/summarize.py" "$here/eval/$set"
done
