"""Article extraction throughput on one core, on the realistic corpus (tests/articles/corpus_v2/dev).

    .venv/bin/python benchmarks/bench_articles.py [--repeat N] [--corpus DIR]

Reading (file I/O, HTML extraction) happens once per file, outside the timed loop; the timed part is
extract_facts + article_frames for every article.  Words are counted on the article body
(whitespace-separated).  The last line printed is JSON:
{"articles": N, "words": W, "seconds": S, "articles_per_s": x, "words_per_s": y}.
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

from tariffscope.articles import ArticleError, article_frames, extract_facts, read_article  # noqa: E402

CORPUS = ROOT / "tests" / "articles" / "corpus_v2" / "dev"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="passes over the corpus (default 5)")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder of articles (default corpus_v2/dev)")
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})   # one core
    except (AttributeError, OSError):
        pass
    # the batches' INDEX-*.md and the relabel log RELABEL-*.md are notes, not articles (capitalised names)
    files = sorted(p for p in args.corpus.glob("*") if p.is_file() and not p.name.endswith(".expected.json")
                   and not p.name.split("-")[0].isupper())
    articles = []
    for p in files:
        try:
            articles.append(read_article(p))
        except ArticleError as e:
            print(f"skipped: {e}", file=sys.stderr)
    if not articles:
        print(f"no articles in {args.corpus}")
        print(json.dumps({"articles": 0, "words": 0, "seconds": 0.0, "articles_per_s": 0.0, "words_per_s": 0.0}))
        return
    for a in articles:                      # warm-up: compile regexes, import polars paths
        article_frames(a, extract_facts(a))
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(args.repeat):
        for a in articles:
            article_frames(a, extract_facts(a))
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    n = len(articles) * args.repeat
    words = sum(len(a.body.split()) for a in articles) * args.repeat
    print(f"{n} articles ({len(articles)} distinct from {args.corpus.relative_to(ROOT) if args.corpus.is_relative_to(ROOT) else args.corpus}, "
          f"{words // n} body words avg) in {dt:.2f}s on one core; {cpu:.2f}s of CPU time, {words / cpu:,.0f} words "
          f"per CPU second (wall clock and CPU time differ when other work shares the core)")
    print(json.dumps({"articles": n, "words": words, "seconds": round(dt, 3),
                      "articles_per_s": round(n / dt, 1), "words_per_s": round(words / dt)}))


if __name__ == "__main__":
    main()
