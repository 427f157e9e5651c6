"""Held-out tariff figures of variants of the learned tariff decisions (round 13, branch xlearned2).

    .venv/bin/python -m tests.articles.learned_decisions [--variants main,all,...] [--measures fold5,batch,ids]
        [--records FILE]

The same protocol as `corpus_eval --split dev` (fold5: grouped 5-fold by article; batch: leave-one-writer-batch-out;
ids: d577-d624 scored by models trained on every other dev article; the old rule corpus in every training set),
tariffs only: the rules' rates and their candidates are collected once per article (`--records`: kept in a pickle
for the next run while the features do not change) and only the fitting and the tariff extraction run per variant.
Its `main` row reproduces corpus_eval's tariff figures.  Not a test.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import time
from pathlib import Path

from tariffscope.articles import read_article, tariff_model, train_tariffs
from tariffscope.articles.context import Context
from tariffscope.articles.read import ArticleError
from tariffscope.articles.tariffs import extract_tariffs

from .articles_scoring import _match, key
from .corpus_eval import OLD_CORPUS, in_ids, split_files, style_folds
from tariffscope.articles.train_status import labelled_pairs

FRESH = "d577-d624"
ALL = ("target", "product", "status", "keep", "extra")
# name -> keyword arguments of train_tariffs.fit
MAIN = ("extra", "status")
# name -> keyword arguments of train_tariffs.fit (c: train_tariffs.DECISION_C unless given).  The rows of round 13's
# table with class weights, F1-calibrated thresholds and the conjunction features switched off were measured with
# this module at commit 4dff927 (tariff_model.EXPERIMENT_FEATURES, train_tariffs.f1_threshold; removed since).
VARIANTS: dict[str, dict] = {
    "rules": {"decisions": ()},
    "extra": {"decisions": ("extra",)},
    "main": {"decisions": MAIN},
    "+target": {"decisions": MAIN + ("target",)},
    "+product": {"decisions": MAIN + ("product",)},
    "+keep": {"decisions": MAIN + ("keep",)},
    "all": {"decisions": ALL},
    "status_c1": {"decisions": MAIN, "c": {"status": 1.0}},
    "status_c0.1": {"decisions": MAIN, "c": {"status": 0.1}},
    "extra_t0.2": {"decisions": MAIN, "extra_threshold": 0.2},
    "+keep_t0.1": {"decisions": MAIN + ("keep",), "keep_threshold": 0.1},
}


_FITTED: dict = {}


def _cached_fit_one(data, c=1.0, _fit=train_tariffs.fit_one):
    """train_tariffs.fit_one, remembered by its examples and C: variants that share a decision's training set
    (same fold, same C) fit it once."""
    # a digest, not hash(): str hashes change between processes and the fits are kept on disk (--fits)
    k = (hashlib.sha1(repr([(f, y) for f, y in data]).encode()).hexdigest(), len(data), c)
    if k not in _FITTED:
        _FITTED[k] = _fit(data, c)
    return _FITTED[k]


def collect(pairs, cache: Path | None) -> list:
    """One record list per article (empty when unreadable): train_tariffs.collect, article by article."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    out = [train_tariffs.collect([p]) for p in pairs]
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out


def tariff_counts(art, exp: Path) -> list[int]:
    want = [key("tariffs", f) for f in json.loads(exp.read_text(encoding="utf-8")).get("tariffs", [])]
    got = [] if art is None else [key("tariffs", f) for f in extract_tariffs(Context.build(art.body, art.published))]
    hit, extra, missing = _match("tariffs", got, want)
    return [hit, len(extra), len(missing)]


def measure(pairs, arts, records, old_records, fold_of: list[int], scored, kw: dict) -> list[int]:
    total = [0, 0, 0]
    for i in sorted(set(fold_of)):
        if not any(fold_of[j] == i and scored[j] for j in range(len(pairs))):
            continue
        train = old_records + [r for j, rs in enumerate(records) if fold_of[j] != i for r in rs]
        tariff_model.use(train_tariffs.fit(train, **kw) if kw.get("decisions") else None)
        for j in range(len(pairs)):
            if fold_of[j] == i and scored[j]:
                total = [a + b for a, b in zip(total, tariff_counts(arts[j], pairs[j][1]))]
    tariff_model.use(False)
    return total


def f1(tp, fp, fn) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0


def _read(src):
    try:
        return read_article(src)
    except ArticleError:
        return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variants", default="main")
    ap.add_argument("--measures", default="fold5,batch,ids")
    ap.add_argument("--records", type=Path, default=None, help="pickle of the collected records (made when missing; "
                                                                 "delete it when the features change)")
    ap.add_argument("--out", type=Path, default=None, help="append one json line per figure")
    ap.add_argument("--fits", type=Path, default=None, help="pickle of fitted models kept between runs")
    args = ap.parse_args(argv)
    train_tariffs.fit_one = _cached_fit_one
    if args.fits and args.fits.exists():
        _FITTED.update(pickle.loads(args.fits.read_bytes()))
    pairs = split_files("dev")
    arts = [_read(src) for src, _ in pairs]
    old_cache = args.records.with_suffix(".old.pkl") if args.records else None
    old_records = [r for rs in collect(labelled_pairs(OLD_CORPUS), old_cache) for r in rs]
    records = collect(pairs, args.records)
    folds = {"fold5": ([j % 5 for j in range(len(pairs))], [True] * len(pairs)),
             "batch": (style_folds(pairs, 5, "batch"), [True] * len(pairs)),
             "ids": ([0 if in_ids(s.name, FRESH) else 1 for s, _ in pairs], [in_ids(s.name, FRESH) for s, _ in pairs])}
    for name in args.variants.split(","):
        kw = VARIANTS[name]
        for m in args.measures.split(","):
            t0 = time.time()
            tp, fp, fn = measure(pairs, arts, records, old_records, *folds[m], kw)
            row = {"variant": name, "measure": m, "f1": f1(tp, fp, fn), "tp": tp, "fp": fp, "fn": fn}
            print(json.dumps(row), f"({time.time() - t0:.0f}s)", flush=True)
            if args.out:
                with args.out.open("a") as fh:
                    fh.write(json.dumps(row) + "\n")
        if args.fits:
            args.fits.write_bytes(pickle.dumps(_FITTED))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
