#!/usr/bin/env bash
# Builds the sentence-alignment cases of the development corpora in a temporary directory
# with ../shared/eval, runs `align --segmented --json` on every case through the CLI, and
# scores them with score_beads.py (strict/lax F1, the figures of issue 4).
#
# Usage (from the repository root): scripts/eval-align.sh [set ...]
#   sets default to: newstest2012 flores200-dev pud
# Environment: EVAL_JOBS (parallel cases, default 2), KEEP=1 keeps the temp directory,
#   ALIGN_CLI overrides the command that runs the CLI (default: the built dist/electron/cli.cjs),
#   SEEDS (make_sentence_cases.py seeds, default "1"; "1 2 3" for the development figures),
#   FULL=1 also aligns and scores each set's _full case (the whole set as one document).
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=../shared/eval
CORPORA=../shared/corpora
SETS=("$@")
[ ${#SETS[@]} -eq 0 ] && SETS=(newstest2012 flores200-dev pud)
NODE=node_modules/.bin/node
TMP=$(mktemp -d "${TMPDIR:-/tmp}/sverka-eval-align.XXXXXX")
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$TMP"' EXIT
if [ -z "${ALIGN_CLI:-}" ]; then
  "$NODE" scripts/build.mjs --quiet --only electron
  # A private copy of the bundle: other work may rebuild dist/ while the cases run.
  cp dist/electron/cli.cjs "$TMP/cli.cjs"
  export NODE_PATH="$PWD/node_modules"
  ALIGN_CLI="$PWD/$NODE $TMP/cli.cjs"
fi
export ALIGN_CLI

run_case() {
  local dir=$1 out=$2
  if ! $ALIGN_CLI align --source "$dir/ru.txt" --target "$dir/de.txt" --source-lang ru --target-lang de --segmented --json > "$out" 2> "$out.err"; then
    echo "align failed on $dir: $(head -c 300 "$out.err")" >&2
  fi
  rm -f "$out.err"
}
export -f run_case

for seed in ${SEEDS:-1}; do
for set in "${SETS[@]}"; do
  cases="$TMP/cases/$set.$seed"
  preds="$TMP/preds/$set.$seed"
  python3 "$EVAL/make_sentence_cases.py" "$CORPORA/$set" "$cases" --seed "$seed" 2>/dev/null
  mkdir -p "$preds"
  start=$(date +%s.%N)
  for d in "$cases"/*/; do
    c=$(basename "$d")
    [ "$c" = _full ] && [ "${FULL:-}" != 1 ] && continue
    printf '%s\0%s\0' "$d" "$preds/$c.json"
  done | xargs -0 -n 2 -P "${EVAL_JOBS:-2}" bash -c 'run_case "$0" "$1"'
  end=$(date +%s.%N)
  echo "== $set seed $seed ($(ls "$preds" | wc -l) cases, $(echo "$end - $start" | bc) s)"
  python3 "$EVAL/score_beads.py" --cases "$cases" --preds "$preds" --suffix .json
  if [ "${FULL:-}" = 1 ]; then
    echo "== $set seed $seed _full"
    python3 "$EVAL/score_beads.py" --cases "$cases" --preds "$preds" --suffix .json --only-full
  fi
done
done
[ "${KEEP:-}" = 1 ] && echo "kept $TMP"
exit 0
