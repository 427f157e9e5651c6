"""Article extraction throughput: articles/second on one core, on the labelled corpus repeated.

    .venv/bin/python benchmarks/bench_articles.py [--repeat N]

Reading (file I/O, HTML extraction) happens once per corpus file, outside the timed loop; the timed
part is extract_facts + article_frames for every article.  The last line printed is JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tariffscope.articles import article_frames, extract_facts, read_article  # noqa: E402

CORPUS = ROOT / "tests" / "articles" / "corpus"
SEED = ROOT / "data" / "articles"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=50, help="passes over the corpus (default 50)")
    ap.add_argument("--frames", action=argparse.BooleanOptionalAction, default=True,
                    help="also build the polars frames (default on)")
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})   # one core
    except (AttributeError, OSError):
        pass
    files = sorted(p for p in CORPUS.iterdir() if not p.name.endswith(".expected.json")) + sorted(SEED.glob("*.txt"))
    articles = [read_article(p) for p in files]
    for a in articles:                      # warm-up: compile regexes, import polars paths
        article_frames(a, extract_facts(a))
    n = 0
    n_facts = 0
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for a in articles:
            facts = extract_facts(a)
            if args.frames:
                article_frames(a, facts)
            n += 1
            n_facts += len(facts["tariffs"]) + len(facts["trade_values"]) + len(facts["quotes"])
    dt = time.perf_counter() - t0
    chars = sum(len(a.body) for a in articles) * args.repeat
    print(f"{n} articles ({len(articles)} distinct, {chars / n:.0f} chars avg) in {dt:.2f}s on one core")
    print(json.dumps({"benchmark": "articles_extract", "articles": n, "distinct_articles": len(articles),
                      "seconds": round(dt, 3), "articles_per_second": round(n / dt, 1),
                      "facts": n_facts, "frames": args.frames}))


if __name__ == "__main__":
    main()
