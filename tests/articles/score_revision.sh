#!/bin/bash
# Score another revision's extractor on this checkout's dev corpus and labels (issue 11: a branch or a round's start
# judged on a fresh batch, with the same articles and labels as main).
#   bash tests/articles/score_revision.sh REV IDS [corpus_eval args...]     (IDS "" = every dev article, 5-fold)
#   bash tests/articles/score_revision.sh xbranch d1009-d1056 --tariff-model rules
# REV's tariffscope/ and tests/ are unpacked to /tmp/score-<rev>, this checkout's corpora copied over them, and
# corpus_eval run there with this checkout's .venv (the unpacked package is imported from the current directory).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REV=$1; IDS=$2; shift 2
D=/tmp/score-$(git -C "$ROOT" rev-parse --short "$REV")
if [ ! -d "$D" ]; then
  # the frozen test split stays out: whoever judges a branch on dev never needs it unpacked
  mkdir -p "$D" && git -C "$ROOT" archive "$REV" tariffscope tests ':(exclude)tests/articles/corpus_v2/test' \
    | tar -x -C "$D"
fi
rm -rf "$D/tests/articles/corpus_v2/dev" "$D/tests/articles/corpus"
cp -r "$ROOT/tests/articles/corpus_v2/dev" "$D/tests/articles/corpus_v2/dev"
cp -r "$ROOT/tests/articles/corpus" "$D/tests/articles/corpus"
cd "$D"
"$ROOT/.venv/bin/python" -c "import sys, tariffscope; sys.exit(not tariffscope.__file__.startswith('$D'))" \
  || { echo "score_revision: $D/tariffscope is not the package imported" >&2; exit 1; }
if [ -n "$IDS" ]; then set -- --ids "$IDS" "$@"; fi
exec "$ROOT/.venv/bin/python" -m tests.articles.corpus_eval --split dev "$@"
