"""Held out by article against held out by writer batch, per learned decision, for ways of training (round 52,
branch xretrain52).  Not a test.

    .venv/bin/python -m tests.articles.batch_retrain [--scheme article,batch] [--variant shipped,...] [--facts]
        [--cache FILE]

Every dev article's training examples (train_tariffs.collect, train_trade_values.examples; models off) are
collected once and cached (--cache).  For each scheme (`article`: 5 folds dealt round-robin, as corpus_eval;
`batch`: whole writer batches per fold, corpus_eval --group batch) and each variant (VARIANTS: how the decisions
are trained), every fold's decisions are trained on the other folds plus the old rule corpus and judged on the
fold's own examples, decision by decision:
  extra    the percentages the rules skip: kept at the threshold, against the label (tp/fp/fn)
  status   the rules' status against the learned one (the band and RULE_STATUS_STANDS as at run time): statuses the
           learned one fixes and breaks
  kind     trade-value kind of every money candidate (tp: the labelled kind; fp: a kind where none or another is
           labelled; fn: a labelled value read as none or another kind)
  parties, year   right / all
`--facts` also scores the held-out articles' tariffs and trade values by extraction (corpus_eval's figures).
"""
from __future__ import annotations

import argparse
import json
import pickle
import time
from collections import Counter, defaultdict
from pathlib import Path

from tariffscope.articles import (ArticleError, extract_facts, logreg, read_article, status_model, tariff_model,
                                  trade_model, train_tariffs, train_trade_values)
from tariffscope.articles.train_status import labelled_pairs

try:
    from .articles_scoring import _match
    from .corpus_eval import OLD_CORPUS, key, split_files, style_folds, style_of
except ImportError:                      # imported by pytest from tests/articles on sys.path
    from articles_scoring import _match
    from corpus_eval import OLD_CORPUS, key, split_files, style_folds, style_of

KINDS = ("tariffs", "trade_values")
# name -> (train_tariffs.fit keyword arguments, train_trade_values.fit keyword arguments, min groups, group);
# "min groups": a feature is learned from only if it occurs in that many training articles / batches (`group`)
VARIANTS: dict[str, tuple[dict, dict, int, str]] = {
    "shipped": ({}, {}, 1, "article"),
    "art2": ({}, {}, 2, "article"),
    "art3": ({}, {}, 3, "article"),
    "batch2": ({}, {}, 2, "batch"),
    "batch3": ({}, {}, 3, "batch"),
}


def collect(pairs, cache: Path | None) -> list[tuple[list, dict]]:
    names = [src.name for src, _ in pairs]
    if cache and cache.exists():
        saved = pickle.loads(cache.read_bytes())
        if saved["names"] == names:
            return saved["examples"]
    ex = [(train_tariffs.collect([p]), train_trade_values.examples([p])) for p in pairs]
    if cache:
        cache.write_bytes(pickle.dumps({"names": names, "examples": ex}))
    return ex


def tariff_rows(records: list) -> dict[str, list]:
    return train_tariffs.examples(records)


def train(chunks: list[tuple[str, str, tuple[list, dict]]], variant: str):
    """(tariff model, trade model) fitted on chunks of (article, batch, examples)."""
    tkw, vkw, min_groups, grouping = VARIANTS[variant]
    gi = 0 if grouping == "article" else 1
    per_t = {d: [] for d in tariff_model.DECISIONS}
    per_v = {k: [] for k in ("kind", "parties", "year")}
    for chunk in chunks:
        records, values = chunk[2]
        rows = tariff_rows(records)
        for d in per_t:
            per_t[d].append((chunk[gi], rows[d]))
        for k in per_v:
            per_v[k].append((chunk[gi], values[k]))
    tdata = {d: logreg.spread_rows(groups, min_groups) for d, groups in per_t.items()}
    vdata = {k: logreg.spread_rows(groups, min_groups) for k, groups in per_v.items()}
    c = tkw.get("c", train_tariffs.DECISION_C)
    c_of = (lambda d: c.get(d, 1.0)) if isinstance(c, dict) else (lambda d: c)
    fits = {d: train_tariffs.fit_decision(tdata[d], c_of(d), tkw.get("bags", 0)) if d in train_tariffs.SHIPPED else None
            for d in tariff_model.DECISIONS}
    tm = tariff_model.TariffModel(fits, tariff_model.KEEP_THRESHOLD, train_tariffs.EXTRA_THRESHOLD,
                                  train_tariffs.STATUS_BAND)
    return tm, train_trade_values.fit(vdata, **vkw)


def judge(tm, vm, records: list, values: dict, out: Counter) -> None:
    """Decision-level counts of one held-out article into `out`."""
    em, sm = tm.get("extra"), tm.get("status")
    rows = tariff_rows(records)
    for feats, y in rows["extra"]:
        keep = em is not None and em.proba(feats)["1"] >= tm.extra_threshold
        out["extra_tp"] += keep and y == "1"
        out["extra_fp"] += keep and y == "0"
        out["extra_fn"] += (not keep) and y == "1"
    for rates, labels in records:
        for group, tcands, _, sfeats, _ in rates:
            if tcands is None or len({f["status"] for f in group}) != 1:
                continue
            right = train_tariffs._exact_values(group, labels, "status", tariff_model.STATUSES)
            if not right:
                continue
            rule = group[0]["status"]
            got = rule if rule in tariff_model.RULE_STATUS_STANDS or sm is None else \
                tariff_model._learned_status(sm, sfeats, rule, tm.status_band)
            out["status_n"] += 1
            out["status_fixed"] += rule not in right and got in right
            out["status_broken"] += rule in right and got not in right
            out["status_wrong"] += got not in right
    for feats, y in values["kind"]:
        got = vm.kind.predict(feats)
        out["kind_tp"] += got == y != "none"
        out["kind_fp"] += got != "none" and got != y
        out["kind_fn"] += y != "none" and got != y
    for k in ("parties", "year"):
        for feats, y in values[k]:
            out[f"{k}_n"] += 1
            out[f"{k}_wrong"] += getattr(vm, k).predict(feats) != y


def facts(src: Path, exp: Path, out: Counter) -> None:
    want = json.loads(exp.read_text(encoding="utf-8"))
    try:
        got = extract_facts(read_article(src))
    except ArticleError:
        got = {}
    for kind in KINDS:
        hit, extra, missing = _match(kind, [key(kind, f) for f in got.get(kind, [])],
                                     [key(kind, f) for f in want.get(kind, [])])
        out[f"{kind}_tp"] += hit
        out[f"{kind}_fp"] += len(extra)
        out[f"{kind}_fn"] += len(missing)


def run(pairs, chunks, old_chunks, fold_of, variant: str, with_facts: bool) -> tuple[Counter, dict]:
    total, per_batch = Counter(), defaultdict(Counter)
    for i in sorted(set(fold_of)):
        tm, vm = train(old_chunks + [c for j, c in enumerate(chunks) if fold_of[j] != i], variant)
        tariff_model.use(tm)
        trade_model.use(vm)
        for j, (src, exp) in enumerate(pairs):
            if fold_of[j] != i:
                continue
            c = Counter()
            judge(tm, vm, chunks[j][2][0], chunks[j][2][1], c)
            if with_facts:
                facts(src, exp, c)
            total.update(c)
            per_batch[chunks[j][1]].update(c)
    return total, per_batch


def line(name: str, c: Counter) -> str:
    parts = [f"extra {c['extra_tp']}/{c['extra_fp']}/{c['extra_fn']}",
             f"status fixed {c['status_fixed']} broken {c['status_broken']} wrong {c['status_wrong']}/{c['status_n']}",
             f"kind {c['kind_tp']}/{c['kind_fp']}/{c['kind_fn']}",
             f"parties wrong {c['parties_wrong']}/{c['parties_n']}", f"year wrong {c['year_wrong']}/{c['year_n']}"]
    if c["tariffs_tp"] + c["tariffs_fn"]:
        parts += [f"TARIFFS {c['tariffs_tp']}/{c['tariffs_fp']}/{c['tariffs_fn']}",
                  f"TV {c['trade_values_tp']}/{c['trade_values_fp']}/{c['trade_values_fn']}"]
    return f"{name:<28}" + "  ".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scheme", default="article,batch")
    ap.add_argument("--variant", default="shipped")
    ap.add_argument("--facts", action="store_true")
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--batches", action="store_true", help="print every batch's counts too")
    ap.add_argument("--save", type=Path, default=None, help="pickle of every run's counts, in all and per batch")
    args = ap.parse_args(argv)
    pairs = split_files("dev")
    old = labelled_pairs(OLD_CORPUS)
    t0 = time.time()
    ex = collect(pairs + old, args.cache)
    batches = [style_of(src, "batch") for src, _ in pairs]
    chunks = [(src.name, b, e) for (src, _), b, e in zip(pairs, batches, ex)]
    old_chunks = [(src.name, "old", e) for (src, _), e in zip(old, ex[len(pairs):])]
    print(f"{len(pairs)} dev articles, {len(old)} old; examples in {time.time() - t0:.0f}s", flush=True)
    status_model.use(None)
    try:
        saved = {}
        for variant in args.variant.split(","):
            for scheme in args.scheme.split(","):
                t0 = time.time()
                total, per_batch = run(pairs, chunks, old_chunks, style_folds(pairs, 5, scheme), variant, args.facts)
                print(line(f"{scheme} {variant} ({time.time() - t0:.0f}s)", total), flush=True)
                saved[(scheme, variant)] = (total, dict(per_batch))
                if args.save:
                    args.save.write_bytes(pickle.dumps(saved))
                if args.batches:
                    for b in sorted(per_batch):
                        print("   " + line(b, per_batch[b]))
    finally:
        for m in (tariff_model, trade_model, status_model):
            m.use(False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
