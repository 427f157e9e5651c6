"""How steady the learned tariff decisions are against their retraining (round 14b, branch xstable).

    .venv/bin/python -m tests.articles.learned_stability [--variants main,bag10,...] [--records FILE]

Variance: the tariff facts that flip (predicted by one training and not the other, per article) between two
held-out runs on slightly different training data -- 5-fold with the folds dealt round-robin (corpus_eval's)
against 5-fold with the articles dealt by a seeded shuffle (`reshuffle`), and corpus_eval's 5-fold against the
same folds trained with 5% of their training articles dropped (`drop5`).  Accuracy: tariff tp/fp/fn on 5-fold,
leave-one-writer-batch-out and d625-d672 (as tests.articles.learned_decisions, whose records it shares).
Not a test.
"""
from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path

from tariffscope.articles import tariff_model, train_tariffs
from tariffscope.articles.context import Context
from tariffscope.articles.tariffs import extract_tariffs
from tariffscope.articles.train_status import labelled_pairs

from .articles_scoring import _match, key
from .corpus_eval import OLD_CORPUS, in_ids, split_files, style_folds
from .learned_decisions import MAIN, _read, collect, f1

FRESH = "d625-d672"
# name -> keyword arguments of train_tariffs.fit (besides decisions=MAIN); "main" is main at 7e93ad1 (no band)
VARIANTS: dict[str, dict] = {
    "main": {"status_band": 0.0},
    "status_c0.1": {"c": {"status": 0.1}, "status_band": 0.0},
    "bag10": {"bags": 10, "status_band": 0.0},
    "band0.05": {"status_band": 0.05},
    "band0.1": {"status_band": 0.1},
    "band0.2": {"status_band": 0.2},
    "status_c0.2": {"c": {"status": 0.2}, "status_band": 0.0},
    "c0.1_band0.05": {"c": {"status": 0.1}, "status_band": 0.05},
    "c0.2_band0.05": {"c": {"status": 0.2}, "status_band": 0.05},
}


def predictions(pairs, arts, records, old_records, fold_of, scored, kw, drop=None) -> list[list]:
    """Held-out tariff keys per article (None where not scored); drop: articles left out of every training."""
    out: list = [None] * len(pairs)
    for i in sorted(set(fold_of)):
        if not any(fold_of[j] == i and scored[j] for j in range(len(pairs))):
            continue
        train = old_records + [r for j, rs in enumerate(records)
                               if fold_of[j] != i and not (drop and j in drop) for r in rs]
        tariff_model.use(train_tariffs.fit(train, decisions=MAIN, **kw))
        for j in range(len(pairs)):
            if fold_of[j] == i and scored[j]:
                art = arts[j]
                out[j] = [] if art is None else [key("tariffs", f)
                                                 for f in extract_tariffs(Context.build(art.body, art.published))]
    tariff_model.use(False)
    return out


def counts(pairs, preds) -> list[int]:
    total = [0, 0, 0]
    for (_, exp), got in zip(pairs, preds):
        if got is None:
            continue
        want = [key("tariffs", f) for f in json.loads(exp.read_text(encoding="utf-8")).get("tariffs", [])]
        hit, extra, missing = _match("tariffs", got, want)
        total = [a + b for a, b in zip(total, (hit, len(extra), len(missing)))]
    return total


def flips(a: list, b: list) -> tuple[int, int]:
    """(facts predicted by one run and not the other, articles with any such fact)."""
    per = [sum(((Counter(x) - Counter(y)) + (Counter(y) - Counter(x))).values()) for x, y in zip(a, b)]
    return sum(per), sum(1 for n in per if n)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variants", default="main")
    ap.add_argument("--records", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--out", type=Path, default=None, help="append one json line per variant")
    args = ap.parse_args(argv)
    pairs = split_files("dev")
    arts = [_read(src) for src, _ in pairs]
    old_cache = args.records.with_suffix(".old.pkl") if args.records else None
    old_records = [r for rs in collect(labelled_pairs(OLD_CORPUS), old_cache) for r in rs]
    records = collect(pairs, args.records)
    n, every = len(pairs), [True] * len(pairs)
    rng = random.Random(args.seed)
    order = list(range(n))
    rng.shuffle(order)
    reshuffled = [0] * n
    for pos, j in enumerate(order):
        reshuffled[j] = pos % 5
    dropped = set(rng.sample(range(n), n // 20))
    fold5 = [j % 5 for j in range(n)]
    for name in args.variants.split(","):
        t0, kw = time.time(), VARIANTS[name]
        run = lambda fold_of, scored=every, drop=None: predictions(pairs, arts, records, old_records, fold_of, scored, kw, drop)
        base = run(fold5)
        row = {"variant": name, "fold5": counts(pairs, base),
               "reshuffle_flips": flips(base, run(reshuffled)), "drop5_flips": flips(base, run(fold5, drop=dropped)),
               "batch": counts(pairs, run(style_folds(pairs, 5, "batch"))),
               "ids": counts(pairs, run([0 if in_ids(s.name, FRESH) else 1 for s, _ in pairs],
                                        [in_ids(s.name, FRESH) for s, _ in pairs]))}
        row["f1"] = {m: f1(*row[m]) for m in ("fold5", "batch", "ids")}
        print(json.dumps(row), f"({time.time() - t0:.0f}s)", flush=True)
        if args.out:
            with args.out.open("a") as fh:
                fh.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
