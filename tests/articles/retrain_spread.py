"""How far the learned decisions move between trainings that should be equivalent (round 51, branch xnoise51).

    .venv/bin/python -m tests.articles.retrain_spread [--ids d4187-d4266] [-k 8] [--mode sub|boot] [--frac 0.9]
        [--variant shipped,...] [--cache FILE]

The learned decisions (tariff_model: train_tariffs.fit; trade_model: train_trade_values.fit; the status model
only if status_model.json ships) are trained K times, each on a resample of the training articles (every dev
article outside --ids, plus the old rule corpus): `sub` a seeded subsample (--frac of them), `boot` a seeded bootstrap, the
articles in a seeded shuffled order either way (so the rows reach the trainer in a different order).  Each training
scores the same held-out articles (--ids).  Printed: tp/fp/fn per kind per training, per writer batch of --ids and
in all; then the spread (min, max, standard deviation of tp and fp) and the facts that flip (held-out facts one
training predicts and another does not, mean over pairs of trainings).  A variant (--variant) is a way of
training (VARIANTS); the same K resamples are used for every variant, so their spreads compare.
Examples are collected once per article with the models off (the slow part), cached in --cache.  Not a test.
"""
from __future__ import annotations

import argparse
import itertools
import json
import pickle
import random
import statistics
import time
from pathlib import Path

from tariffscope.articles import (ArticleError, extract_facts, read_article, status_model, tariff_model,
                                  trade_model, train_tariffs, train_trade_values)
from tariffscope.articles.train_status import labelled_pairs

try:
    from .articles_scoring import _match
    from .corpus_eval import OLD_CORPUS, in_ids, key, split_files, style_of
except ImportError:                      # imported by pytest from tests/articles on sys.path
    from articles_scoring import _match
    from corpus_eval import OLD_CORPUS, in_ids, key, split_files, style_of

KINDS = ("tariffs", "trade_values")
# name -> (train_tariffs.fit keyword arguments, train_trade_values.fit keyword arguments); "shipped" is `make models`
VARIANTS: dict[str, tuple[dict, dict]] = {
    "shipped": ({}, {}),
    "bag10": ({"bags": 10}, {"bags": 10}),
    "bag10_tariffs": ({"bags": 10}, {}),
    "bag10_values": ({}, {"bags": 10}),
    "status_c0.1": ({"c": {"status": 0.1}}, {}),
    "tariffs_c_low": ({"c": {"status": 0.1, "extra": 0.3}}, {}),
    "values_c1": ({}, {"c": 1.0}),
    "values_min3": ({}, {"min_count": 3}),
}


def examples_per_article(pairs) -> list[tuple[list, dict]]:
    """(tariff records, trade-value examples) of each article, collected with every model off."""
    out = []
    for p in pairs:
        out.append((train_tariffs.collect([p]), train_trade_values.examples([p])))
    return out


def load_examples(pairs, cache: Path | None) -> list[tuple[list, dict]]:
    names = [src.name for src, _ in pairs]
    if cache and cache.exists():
        saved = pickle.loads(cache.read_bytes())
        if saved["names"] == names:
            return saved["examples"]
    ex = examples_per_article(pairs)
    if cache:
        cache.write_bytes(pickle.dumps({"names": names, "examples": ex}))
    return ex


def resample(n: int, k: int, mode: str, frac: float = 0.9, seed: int = 51) -> list[list[int]]:
    """K resamples of range(n), each in its own shuffled order: `frac` of it without replacement (`sub`), or a
    bootstrap (`boot`)."""
    out = []
    for i in range(k):
        rng = random.Random(seed * 1000 + i)
        idx = rng.sample(range(n), round(frac * n)) if mode == "sub" else [rng.randrange(n) for _ in range(n)]
        rng.shuffle(idx)
        out.append(idx)
    return out


def train(chunks: list[tuple[list, dict]], variant: str) -> None:
    """Fit the tariff and trade-value decisions on `chunks` (in that order) and put them in use."""
    tkw, vkw = VARIANTS[variant]
    records = [r for rs, _ in chunks for r in rs]
    values = {k: [e for _, ex in chunks for e in ex[k]] for k in chunks[0][1]}     # with each row's writer batch
    tariff_model.use(train_tariffs.fit(records, **tkw))
    trade_model.use(train_trade_values.fit(values, **vkw))


def score(pairs) -> tuple[list[dict], list[dict]]:
    """Per held-out article: {kind: [tp, fp, fn]} and {kind: predicted keys}."""
    counts, preds = [], []
    for src, exp in pairs:
        want = json.loads(exp.read_text(encoding="utf-8"))
        try:
            got = extract_facts(read_article(src))
        except ArticleError:
            got = {}
        c, p = {}, {}
        for kind in KINDS:
            g = [key(kind, f) for f in got.get(kind, [])]
            hit, extra, missing = _match(kind, g, [key(kind, f) for f in want.get(kind, [])])
            c[kind], p[kind] = [hit, len(extra), len(missing)], sorted(map(repr, g))
        counts.append(c)
        preds.append(p)
    return counts, preds


def total(counts: list[dict], kind: str, keep=None) -> list[int]:
    return [sum(c[kind][i] for j, c in enumerate(counts) if keep is None or keep[j]) for i in range(3)]


def flips(a: list[dict], b: list[dict], kind: str) -> int:
    """Facts of `kind` one run predicts and the other does not, summed over the articles."""
    n = 0
    for pa, pb in zip(a, b):
        x, y = list(pa[kind]), list(pb[kind])
        for f in pa[kind]:
            if f in y:
                y.remove(f)
                x.remove(f)
        n += len(x) + len(y)
    return n


def spread_lines(runs: list[tuple[list, list]], batches: dict[str, list[bool]]) -> list[str]:
    lines = []
    for kind in KINDS:
        for name, keep in batches.items():
            t = [total(c, kind, keep) for c, _ in runs]
            tp, fp = [x[0] for x in t], [x[1] for x in t]
            sd = (lambda v: statistics.stdev(v) if len(v) > 1 else 0.0)
            lines.append(f"{kind:<13}{name:<22} tp {min(tp)}..{max(tp)} sd {sd(tp):.2f}   fp {min(fp)}..{max(fp)} "
                         f"sd {sd(fp):.2f}   tp-fp {min(a - b for a, b in zip(tp, fp))}..{max(a - b for a, b in zip(tp, fp))}"
                         f" sd {sd([a - b for a, b in zip(tp, fp)]):.2f}")
        pairs = list(itertools.combinations(range(len(runs)), 2))
        if pairs:
            fl = [flips(runs[a][1], runs[b][1], kind) for a, b in pairs]
            lines.append(f"{kind:<13}flipped facts between two trainings: mean {statistics.fmean(fl):.1f}, max {max(fl)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ids", default="d4187-d4266", help="the held-out dev articles (never trained on)")
    ap.add_argument("-k", type=int, default=8, help="trainings per variant")
    ap.add_argument("--mode", choices=("sub", "boot"), default="sub")
    ap.add_argument("--frac", type=float, default=0.9, help="the share of the training articles a `sub` resample keeps")
    ap.add_argument("--variant", default="shipped", help=f"comma-separated, of {','.join(VARIANTS)}")
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the training examples (made if missing)")
    args = ap.parse_args(argv)
    if status_model.MODEL_FILE.exists():
        raise SystemExit("status_model.json ships: retrain_spread does not train the status model yet")
    pairs = split_files("dev")
    held = [p for p in pairs if in_ids(p[0].name, args.ids)]
    training = [p for p in pairs if not in_ids(p[0].name, args.ids)] + labelled_pairs(OLD_CORPUS)
    t0 = time.time()
    chunks = load_examples(training, args.cache)
    print(f"{len(training)} training articles, {len(held)} held out ({args.ids}); examples in {time.time() - t0:.0f}s")
    styles = [style_of(src, "batch") for src, _ in held]
    batches = {"all": None, **{s: [x == s for x in styles] for s in sorted(set(styles))}}
    status_model.use(None)
    try:
        for variant in args.variant.split(","):
            runs = []
            for i, idx in enumerate(resample(len(chunks), args.k, args.mode, args.frac)):
                t0 = time.time()
                train([chunks[j] for j in idx], variant)
                counts, preds = score(held)
                runs.append((counts, preds))
                print(f"{variant} #{i} ({time.time() - t0:.0f}s) " + "  ".join(
                    f"{kind} {'/'.join(map(str, total(counts, kind)))}" for kind in KINDS), flush=True)
            print(f"== {variant}: spread over {len(runs)} trainings ({args.mode} {args.frac if args.mode == 'sub' else ''}) on {args.ids}")
            print("\n".join(spread_lines(runs, batches)), flush=True)
    finally:
        for m in (tariff_model, trade_model, status_model):
            m.use(False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
