"""How far two labellers agree on the frozen test split (issue 11): the ceiling an extractor can be held to.

    .venv/bin/python -m tests.articles.label_agreement [FIRST_DIR SECOND_DIR] [--details]

By default FIRST is corpus_v2/test (the labels the gate scores against) and SECOND is
corpus_v2/test/second-labels: a second labeller's files, written from the articles and LABELING.md alone
(never the first labels, never the extractor's code or output), then compared and every disagreement
adjudicated in second-labels/ADJUDICATION.md. Matching is the gate's own (corpus_eval.key / _match).
Only the extractor's scoring helpers are imported; nothing here runs the extractor. Last line: JSON.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

try:
    from .corpus_eval import CORPUS_V2, KINDS, _match, f1, key
except ImportError:                      # imported by pytest from tests/articles on sys.path
    from corpus_eval import CORPUS_V2, KINDS, _match, f1, key


def agreement(first: Path, second: Path, details: list[str] | None = None) -> dict:
    counts = {k: [0, 0, 0] for k in KINDS}      # both, only second, only first
    for b in sorted(second.glob("*.expected.json")):
        want = json.loads((first / b.name).read_text(encoding="utf-8"))
        got = json.loads(b.read_text(encoding="utf-8"))
        for kind in KINDS:
            hit, extra, missing = _match(kind, [key(kind, f) for f in got.get(kind, [])],
                                         [key(kind, f) for f in want.get(kind, [])])
            c = counts[kind]
            c[0], c[1], c[2] = c[0] + hit, c[1] + len(extra), c[2] + len(missing)
            if details is not None:
                details += [f"{b.name} {kind} only first  {k}" for k in missing]
                details += [f"{b.name} {kind} only second {k}" for k in extra]
    return {kind: {"f1": f1(*c), "both": c[0], "only_second": c[1], "only_first": c[2]}
            for kind, c in counts.items()}


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv if not a.startswith("--")]
    first, second = paths or (CORPUS_V2 / "test", CORPUS_V2 / "test" / "second-labels")
    details: list[str] | None = [] if "--details" in argv else None
    res = agreement(first, second, details)
    print("\n".join(details or []))
    for kind, r in res.items():
        print(f"{kind:13s} agreement F1 {r['f1']}  (both {r['both']}, only first {r['only_first']}, "
              f"only second {r['only_second']})")
    print(json.dumps({"files": len(list(second.glob("*.expected.json"))), "kinds": res}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
