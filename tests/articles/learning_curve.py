"""Does more labelled data help?  Train the learned decisions on a fraction of the older dev articles and score a
fresh batch (round 9).

    .venv/bin/python -m tests.articles.learning_curve [--ids d391-d444] [--older-than 391] [--fractions 0.25 0.5 1]

For each fraction, a copy of corpus_v2/dev keeps that share of the articles numbered below --older-than (chosen
with a fixed seed) and every article of --ids; the --ids articles are scored by models trained on the rest
(corpus_eval's --ids protocol). One JSON line per fraction: F1, tp, fp, fn per kind.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
from pathlib import Path

try:
    from .corpus_eval import CORPUS_V2, evaluate
except ImportError:                      # run as a script from tests/articles
    from corpus_eval import CORPUS_V2, evaluate


def subset_corpus(dest: Path, fraction: float, older_than: int, seed: int) -> None:
    """dest/dev: `fraction` of the dev articles numbered below older_than, all the others, the INDEX files."""
    dev = dest / "dev"
    dev.mkdir(parents=True)
    files = sorted((CORPUS_V2 / "dev").glob("d[0-9]*"))
    older = sorted({f.name[:4] for f in files if int(f.name[1:4]) < older_than})
    random.Random(seed).shuffle(older)
    keep = set(older[: int(len(older) * fraction)])
    for f in files:
        if int(f.name[1:4]) >= older_than or f.name[:4] in keep:
            shutil.copy(f, dev / f.name)
    for f in (CORPUS_V2 / "dev").glob("INDEX-*"):
        shutil.copy(f, dev / f.name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ids", default="d391-d444", help="the fresh batch scored (default d391-d444)")
    ap.add_argument("--older-than", type=int, default=391, help="articles below this number are subsampled")
    ap.add_argument("--fractions", type=float, nargs="+", default=[0.25, 0.5, 1.0])
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    for fraction in args.fractions:
        tmp = Path(tempfile.mkdtemp(prefix="learning-curve-"))
        try:
            subset_corpus(tmp, fraction, args.older_than, args.seed)
            res = evaluate("dev", root=tmp, status="rules", tariff="learned", values="learned", ids=args.ids)
        finally:
            shutil.rmtree(tmp)
        print(json.dumps({"fraction": fraction, **{k: [v["f1"], v["tp"], v["fp"], v["fn"]]
                                                    for k, v in res["pooled"].items()}}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
