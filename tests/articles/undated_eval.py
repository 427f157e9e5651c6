"""Held-out tariffs of corpus_v2/dev read as dated and as undated stories, with and without the status model of
undated stories (round 54, xcalaug54).

    .venv/bin/python -m tests.articles.undated_eval [--group article|batch] [--variants round53,round54]
        [--readings dated,undated] [--cache-dir DIR]

As `corpus_eval --split dev` does (the learned tariff decisions trained per fold on the other folds plus the old rule
corpus, trade values and the old status model off), but each held-out article is read once per (variant, reading):
`dated` as the file gives it, `undated` with its `published` removed at read time (users paste text; `tariffscope
extract` reads files without a date), so the calendar of measures is silent.  A variant is a training:
`round53` (one status model, fitted with the calendar features, for every story) or `round54` (also
train_tariffs.UNDATED_STATUS_MODEL: the undated stories' status model, fitted without them; a dated story reads as in
round53, so its dated reading is skipped).  (The first version of this harness, b82a1196, also measured training the
one model on every calendar-dated row twice, as read and undated.)
Prints tariffs tp/fp/fn and F1 per (variant, reading); with --cache-dir, saves each one's predictions in the form
`tariff_errors --cache` reads, for the status confusions.  The last line printed is JSON.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from tests.articles import corpus_eval as ce
from tariffscope.articles import (ArticleError, extract_facts, read_article, status_model, tariff_model, trade_model,
                                  train_tariffs)
from tariffscope.articles.train_status import labelled_pairs

READINGS = {"dated": lambda art: art, "undated": lambda art: dataclasses.replace(art, published=None)}


def _predict(src, exp, runs: list[tuple[str, str, object]]) -> dict[tuple[str, str], dict]:
    """{(variant, reading): {name, body, got, want}} of one held-out article under each run's model."""
    want = json.loads(exp.read_text(encoding="utf-8")).get("tariffs", [])
    try:
        art = read_article(src)
    except ArticleError:
        return {(v, r): {"name": src.name, "body": "", "got": [], "want": want} for v, r, _ in runs}
    out = {}
    for variant, reading, model in runs:
        tariff_model.use(model)
        got = extract_facts(READINGS[reading](art))["tariffs"]
        out[(variant, reading)] = {"name": src.name, "body": art.body, "got": got, "want": want}
    return out


def held_out(group: str, variants: list[str], readings: list[str]) -> dict[tuple[str, str], list[dict]]:
    """Every dev article's predictions per (variant, reading), each fold by models trained without it."""
    pairs = ce.split_files("dev")
    fold_of = ce.style_folds(pairs, 5, group)
    old = train_tariffs.collect(labelled_pairs(ce.OLD_CORPUS))
    per_article = []
    for j, p in enumerate(pairs):
        per_article.append(train_tariffs.collect([p]))
        if j % 500 == 499:
            print(f"collected {j + 1}", file=sys.stderr, flush=True)
    status_model.use(None)
    trade_model.use(None)
    out: dict[tuple[str, str], list] = {}
    try:
        for i in sorted(set(fold_of)):
            records = old + [r for j, recs in enumerate(per_article) if fold_of[j] != i for r in recs]
            models = {v: train_tariffs.fit(records, undated_status=v == "round54") for v in variants}
            runs = [(v, r, models[v]) for v in variants for r in readings if not (v == "round54" and r == "dated")]
            for j, (src, exp) in enumerate(pairs):
                if fold_of[j] == i:
                    for k, pred in _predict(src, exp, runs).items():
                        out.setdefault(k, []).append(pred)
            print(f"fold {i} done", file=sys.stderr, flush=True)
    finally:
        for module in (status_model, tariff_model, trade_model):
            module.use(False)
    return out


def counts(arts: list[dict]) -> dict:
    tp = fp = fn = 0
    for a in arts:
        hit, extra, missing = ce._match("tariffs", [ce.key("tariffs", f) for f in a["got"]],
                                        [ce.key("tariffs", f) for f in a["want"]])
        tp, fp, fn = tp + hit, fp + len(extra), fn + len(missing)
    return {"f1": ce.f1(tp, fp, fn), "tp": tp, "fp": fp, "fn": fn}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--group", choices=("article", "batch"), default="article")
    ap.add_argument("--variants", default="round53,round54")
    ap.add_argument("--readings", default="dated,undated")
    ap.add_argument("--cache-dir", type=Path, default=None)
    args = ap.parse_args(argv)
    res = held_out(args.group, args.variants.split(","), args.readings.split(","))
    table = {f"{v}/{r}": counts(arts) for (v, r), arts in res.items()}
    for name, c in table.items():
        print(f"{name:<20} tariffs F1 {c['f1']}  tp {c['tp']}  fp {c['fp']}  fn {c['fn']}")
        if args.cache_dir:
            args.cache_dir.mkdir(parents=True, exist_ok=True)
            v, r = name.split("/")
            (args.cache_dir / f"{args.group}-{v}-{r}.json").write_text(json.dumps(res[(v, r)]))
    print(json.dumps({"group": args.group, "tariffs": table}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
