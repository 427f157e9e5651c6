"""Held-out tariff figures of the learned `keep` decision at several thresholds, per writer batch (round 17, xkeep).

    .venv/bin/python -m tests.articles.keep_thresholds [--thresholds 0,0.1,0.2,0.3,0.4]
        [--measures fold5,batch,d721-d768,...] [--records FILE] [--out FILE]
        [--recent dLO:W] [--keep-c C] [--keep-drop b:,a:,...]

learned_decisions' protocol (records collected once, `--records` kept as a pickle; the old rule corpus in every
training set): per fold one fit of main's decisions plus `keep`, then the tariffs extracted once per threshold.
Threshold 0 drops nothing, so its row is main's (extra + status).  `fold5`: grouped 5-fold by article; `batch`:
corpus_eval --group batch's folds; `dLO-dHI`: those articles scored by models trained on every other dev article.
Prints the total per threshold and, for fold5 and batch, the figures of every writer batch (INDEX-dLO-dHI).
Not a test.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from tariffscope.articles import tariff_model, train_tariffs
from tariffscope.articles.train_status import labelled_pairs

from .corpus_eval import OLD_CORPUS, in_ids, split_files, style_folds, style_of
from .learned_decisions import MAIN, _read, collect, f1, tariff_counts


def fit_with_keep(train: list, keep_train: list, keep_c: float, drop: tuple[str, ...] = ()):
    """Main's decisions fitted on `train`, the keep decision on `keep_train` (recent articles repeated) with C
    `keep_c`, without the features starting with `drop` (a feature the fit never saw weighs nothing at run time)."""
    model = train_tariffs.fit(train, decisions=MAIN)
    keep_rows = train_tariffs.examples(keep_train)["keep"]
    model.models["keep"] = train_tariffs.fit_one([([x for x in feats if not x.startswith(drop)], y)
                                                  for feats, y in keep_rows], keep_c)
    return model


def per_article(pairs, arts, records, old_records, fold_of, scored, thresholds, weight_of, keep_c,
                drop=()) -> dict[float, list]:
    """threshold -> [tp, fp, fn] of every scored article (None for the others); weight_of[j]: how many times
    article j's rows enter the keep decision's training."""
    out = {t: [None] * len(pairs) for t in thresholds}
    for i in sorted(set(fold_of)):
        if not any(fold_of[j] == i and scored[j] for j in range(len(pairs))):
            continue
        train = old_records + [r for j, rs in enumerate(records) if fold_of[j] != i for r in rs]
        keep_train = old_records + [r for j, rs in enumerate(records) if fold_of[j] != i
                                    for _ in range(weight_of[j]) for r in rs]
        model = fit_with_keep(train, keep_train, keep_c, drop)
        tariff_model.use(model)
        for t in thresholds:
            model.keep_threshold = t
            for j in range(len(pairs)):
                if fold_of[j] == i and scored[j]:
                    out[t][j] = tariff_counts(arts[j], pairs[j][1])
    tariff_model.use(False)
    return out


def _sum(rows) -> list[int]:
    return [sum(r[k] for r in rows if r is not None) for k in range(3)]


def folds_of(pairs, measure: str) -> tuple[list[int], list[bool]]:
    """Each article's fold and whether it is scored: fold5 / batch as corpus_eval, dLO-dHI against all the others."""
    if measure in ("fold5", "batch"):
        return style_folds(pairs, 5, "article" if measure == "fold5" else "batch"), [True] * len(pairs)
    return [0 if in_ids(s.name, measure) else 1 for s, _ in pairs], [in_ids(s.name, measure) for s, _ in pairs]


def parts(counts: list, batch_of: list[str] | None) -> dict[str, list[int]]:
    """The total, and per writer batch when `batch_of` is given."""
    rows = {"all": _sum(counts)}
    for b in sorted(set(batch_of or ())):
        rows[b] = _sum([c for c, bb in zip(counts, batch_of) if bb == b])
    return rows


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--thresholds", default="0,0.1,0.2,0.3,0.4")
    ap.add_argument("--measures", default="fold5,batch,d721-d768,d769-d816,d817-d864")
    ap.add_argument("--records", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=None, help="append one json line per figure")
    ap.add_argument("--recent", default="d001:1", metavar="dLO:W",
                    help="the keep decision's training rows of articles dLO and later count W times")
    ap.add_argument("--keep-c", type=float, default=1.0, help="the keep decision's inverse regularisation strength")
    ap.add_argument("--keep-drop", default="", help="comma-separated prefixes of keep features left out "
                                                    "(b:,a:,b2:,a2: for the words around the rate)")
    return ap.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    drop = tuple(x for x in args.keep_drop.split(",") if x)
    pairs = split_files("dev")
    arts = [_read(src) for src, _ in pairs]
    old_cache = args.records.with_suffix(".old.pkl") if args.records else None
    old_records = [r for rs in collect(labelled_pairs(OLD_CORPUS), old_cache) for r in rs]
    records = collect(pairs, args.records)
    batch_of = [style_of(src, "batch") for src, _ in pairs]
    lo, w = args.recent.split(":")
    weight_of = [int(w) if int(src.name[1:4]) >= int(lo[1:]) else 1 for src, _ in pairs]
    setting = {"recent": args.recent, "keep_c": args.keep_c, "drop": args.keep_drop}
    for m in args.measures.split(","):
        t0 = time.time()
        res = per_article(pairs, arts, records, old_records, *folds_of(pairs, m), thresholds, weight_of,
                          args.keep_c, drop)
        for t in thresholds:
            for name, (tp, fp, fn) in parts(res[t], batch_of if m in ("fold5", "batch") else None).items():
                row = {"measure": m, **setting, "threshold": t, "part": name, "tp": tp, "fp": fp, "fn": fn,
                       "f1": f1(tp, fp, fn)}
                if name == "all":
                    print(json.dumps(row), flush=True)
                if args.out:
                    with args.out.open("a") as fh:
                        fh.write(json.dumps(row) + "\n")
        print(f"({m}: {time.time() - t0:.0f}s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
