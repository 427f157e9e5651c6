"""Extraction CPU time of several revisions at once, interleaved in one process (speed work, issue 11; round 49).

    .venv/bin/python benchmarks/ab_revisions.py REV_ROOT [REV_ROOT ...] [--step N] [--offset K] [--repeat N]

ab_articles.py for a chain of revisions (a round's merges one after another): each REV_ROOT is a checkout or a
`git archive REV tariffscope/articles | tar -x -C DIR` copy; its tariffscope/articles is copied to a temporary folder
and imported under its own name (relative imports resolve there; `tariffscope.columns` is this checkout's).  Each
article is extracted (extract_facts + article_frames) by every revision, the first to go rotating from article to
article, and time.process_time is summed per revision, so all see the same load on a shared machine.  --step / --offset
take every N-th article from the K-th (a quarter of dev is ~1000 articles).  Prints each revision's CPU time, words per
CPU second and its ratio to the first and to the one before.  Reads only corpus_v2/dev by default (never the blind
test split).
"""
from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tariffscope import articles as branch  # noqa: E402

CORPUS = ROOT / "tests" / "articles" / "corpus_v2" / "dev"
WARM_UP = 200           # articles each revision extracts before the clock runs: patterns compiled, weights loaded


def _articles(corpus: Path, step: int, offset: int) -> list:
    files = sorted(p for p in corpus.glob("*") if p.is_file() and not p.name.endswith(".expected.json")
                   and not p.name.split("-")[0].isupper())[offset::step]
    arts = []
    for p in files:
        try:
            arts.append(branch.read_article(p))
        except branch.ArticleError:
            pass
    return arts


def _cpu(libs: list, arts: list, repeat: int) -> list[float]:
    for a in arts[:WARM_UP]:
        for lib in libs:
            lib.article_frames(a, lib.extract_facts(a))
    cpu = [0.0] * len(libs)
    for r in range(repeat):
        for i, a in enumerate(arts):
            first = (i + r) % len(libs)
            for k in list(range(first, len(libs))) + list(range(first)):
                t = time.process_time()
                libs[k].article_frames(a, libs[k].extract_facts(a))
                cpu[k] += time.process_time() - t
    return cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("roots", type=Path, nargs="+")
    ap.add_argument("--step", type=int, default=1)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    if "test" in args.corpus.resolve().parts[-1:]:
        sys.exit("ab_revisions: refusing the blind test split")
    tmp = Path(tempfile.mkdtemp())
    try:
        sys.path.insert(0, str(tmp))
        libs = []
        for i, root in enumerate(args.roots):
            shutil.copytree(root / "tariffscope" / "articles", tmp / f"rev{i}_articles")
            libs.append(importlib.import_module(f"rev{i}_articles"))
        arts = _articles(args.corpus, args.step, args.offset)
        cpu = _cpu(libs, arts, args.repeat)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    n = sum(len(a.body.split()) for a in arts) * args.repeat
    print(f"{len(arts)} articles x {args.repeat}")
    for i, root in enumerate(args.roots):
        prev = f"  vs the one before {cpu[i] / cpu[i - 1]:.3f}" if i else ""
        print(f"{str(root):40s} {cpu[i]:8.2f} CPU s {n / cpu[i]:9,.0f} words/s  vs the first {cpu[i] / cpu[0]:.3f}{prev}")


if __name__ == "__main__":
    main()
