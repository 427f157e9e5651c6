"""Extraction CPU time, this checkout against another one's code, interleaved in one process (speed work, issue 11).

    .venv/bin/python benchmarks/ab_articles.py OTHER_ROOT [--repeat N] [--corpus DIR]

OTHER_ROOT is another checkout (e.g. a `git archive main tariffscope | tar -x -C DIR` copy): its
tariffscope/articles is copied to a temporary folder and imported as `base_articles` (its relative imports
resolve there; `tariffscope.columns` is this checkout's).  Each article is extracted (extract_facts +
article_frames) by both, alternating which goes first, and time.process_time is summed per side, so both see
the same load on a shared machine; wall-clock runs of bench_articles.py one after the other do not.  Prints
words per CPU second for each and the ratio.  Reads only corpus_v2/dev by default (never the blind test split).
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    if "test" in args.corpus.resolve().parts[-1:]:
        sys.exit("ab_articles: refusing the blind test split")
    tmp = Path(tempfile.mkdtemp())
    try:
        shutil.copytree(args.other / "tariffscope" / "articles", tmp / "base_articles")
        sys.path.insert(0, str(tmp))
        base = importlib.import_module("base_articles")
        files = sorted(p for p in args.corpus.glob("*") if p.is_file() and not p.name.endswith(".expected.json")
                       and not p.name.split("-")[0].isupper())
        arts = []
        for p in files:
            try:
                arts.append(branch.read_article(p))
            except branch.ArticleError:
                pass
        words = sum(len(a.body.split()) for a in arts)
        for a in arts:                                  # warm-up: compile patterns, load weights
            for lib in (base, branch):
                lib.article_frames(a, lib.extract_facts(a))
        cpu = {base: 0.0, branch: 0.0}
        for r in range(args.repeat):
            for i, a in enumerate(arts):
                for lib in ((base, branch) if (i + r) % 2 == 0 else (branch, base)):
                    t = time.process_time()
                    lib.article_frames(a, lib.extract_facts(a))
                    cpu[lib] += time.process_time() - t
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    n = words * args.repeat
    print(f"{len(arts)} articles x {args.repeat}: other {cpu[base]:.2f} CPU s ({n / cpu[base]:,.0f} words per CPU second), "
          f"this checkout {cpu[branch]:.2f} CPU s ({n / cpu[branch]:,.0f}); this/other CPU = {cpu[branch] / cpu[base]:.3f}")


if __name__ == "__main__":
    main()
