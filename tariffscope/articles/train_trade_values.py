"""Train the trade-value decisions (trade_model.py) on labelled articles and write trade_model.json.

    .venv/bin/python -m tariffscope.articles.train_trade_values [--corpus DIR ...] [--out FILE] [--c C]

Examples: every money candidate of trade_values.candidates() (rules' decisions as features).  A
candidate whose amount (to 0.1 million) is a labelled trade value of its article gets that label's
kind, party count and year mode; any other candidate is "none" -- except, in the old rule corpus
(tests/articles/corpus, labelled before the EU was a party), unlabelled amounts in sentences naming the EU.  scikit-learn (LogisticRegression) is
needed here only, not at run time.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from . import logreg, trade_model
from .context import Context
from .read import ArticleError, read_article
from .train_status import labelled_pairs, writer_batch
from .trade_values import candidates, rule_parties, rule_year

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPORA = (ROOT / "tests" / "articles" / "corpus_v2" / "dev", ROOT / "tests" / "articles" / "corpus")
YEAR_MODES = ("rule", "none", "pub", "pub-1")
# Regularisation (round 19b): at C=3 with every feature the three decisions fit their 7304 examples exactly (train
# accuracy 1.0) -- a word one writer batch uses once can carry a weight.  A feature must occur in MIN_COUNT examples
# of a decision to be learned from; chosen on leave-writer-batch-out (corpus_eval --group batch), docs/articles-rounds.md.
C = 3.0
MIN_COUNT = 1
# a feature is learned from only when the examples of at least this many writer batches hold it (train_tariffs.MIN_BATCHES)
MIN_BATCHES = 1
DECISIONS = ("kind", "parties", "year")


def _gold_for(c, gold: list[dict]) -> dict | None:
    v = round(c.money.value / 1e6, 1)
    same = [g for g in gold if round(float(g["value"]) / 1e6, 1) == v]
    same.sort(key=lambda g: g["currency"] != c.money.currency)
    return same[0] if same else None


def article_examples(src: Path, exp: Path) -> dict[str, list]:
    """{"kind": [(features, label)], "parties": [...], "year": [...]} for one labelled article."""
    out: dict[str, list] = {"kind": [], "parties": [], "year": []}
    try:
        art = read_article(src)
    except ArticleError:
        return out
    gold = json.loads(exp.read_text(encoding="utf-8")).get("trade_values", [])
    ctx = Context.build(art.body, art.published)
    trade_model.use(None)
    try:
        cands = candidates(ctx)
    finally:
        trade_model.use(False)
    legacy = src.parent.name == "corpus"
    for c, inp in zip(cands, trade_model.kind_inputs(ctx, cands)):
        if inp is None:
            continue
        g = _gold_for(c, gold)
        if legacy and g is None and any(m.iso3 == "EUU" for m in ctx.country_mentions(c.sent.start, c.sent.end)):
            continue        # the old rule corpus predates the EU as a party (EUU): its EU amounts are unlabelled
        out["kind"].append((inp[1], g["kind"] if g else "none"))
        if g is None:
            continue
        rp = rule_parties(ctx, c, g["kind"])
        if rp:
            out["parties"].append((trade_model.party_features(ctx, c, g["kind"], rp), "1" if len(g["parties"]) == 1 else "2"))
        ry = rule_year(ctx, c, g["kind"])
        for mode in YEAR_MODES:
            if trade_model.apply_year(ctx, ry, mode) == g["year"]:
                out["year"].append((trade_model.year_features(ctx, c, g["kind"], ry), mode))
                break
    return out


def examples(pairs) -> dict[str, list]:
    """Every decision's examples, and under "<decision>_batch" the writer batch of each (aligned with them)."""
    out: dict[str, list] = {k: [] for d in DECISIONS for k in (d, f"{d}_batch")}
    for src, exp in pairs:
        batch = writer_batch(src)
        for k, v in article_examples(src, exp).items():
            out[k] += v
            out[f"{k}_batch"] += [batch] * len(v)
    return out


def spread_rows(data: dict[str, list], decision: str, min_batches: int) -> list[tuple[list[str], str]]:
    """A decision's examples with only the features at least `min_batches` writer batches hold (logreg.spread_features;
    examples without their batches are kept whole)."""
    rows, batches = data[decision], data.get(f"{decision}_batch")
    if min_batches <= 1 or batches is None or len(batches) != len(rows):
        return rows
    per: dict[str, list] = {}
    for b, row in zip(batches, rows):
        per.setdefault(b, []).append(row)
    return logreg.only_features(rows, logreg.spread_features(list(per.items()), min_batches))


def frequent_features(data: list[tuple[list[str], str]], min_count: int) -> list[tuple[list[str], str]]:
    """The examples with only the features that occur in at least `min_count` of them: a rarer feature is one
    writer's word, learned by heart rather than read (it weighs nothing at run time, being out of the vocabulary)."""
    if min_count <= 1:
        return data
    seen = Counter(f for feats, _ in data for f in set(feats))
    return [([f for f in feats if seen[f] >= min_count], y) for feats, y in data]


def _fit_one(data: list[tuple[list[str], str]], c: float, default: str, min_count: int,
             bags: int = 0) -> logreg.LogReg:
    """Weights to 3 decimals, features whose weights all round to 0 dropped (ships small); `bags`: the average of
    that many bootstrap fits (logreg.fit_bagged) instead of one fit."""
    data = frequent_features(data, min_count)
    fitted = logreg.fit_bagged(data, c, bags, digits=3) if bags else logreg.fit(data, c, digits=3, prune=5e-4)
    return fitted or logreg.LogReg.constant(next(iter({y for _, y in data}), default))


def fit(data: dict[str, list], c: float = C, min_count: int = MIN_COUNT, bags: int = 0,
        min_batches: int = MIN_BATCHES) -> trade_model.TradeModel:
    rows = {d: spread_rows(data, d, min_batches) for d in DECISIONS}
    return trade_model.TradeModel(_fit_one(rows["kind"], c, "none", min_count, bags),
                                  _fit_one(rows["parties"], c, "2", min_count, bags),
                                  _fit_one(rows["year"], c, "rule", min_count, bags))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, action="append", help="folder of labelled articles (repeatable)")
    ap.add_argument("--out", type=Path, default=trade_model.MODEL_FILE)
    ap.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    ap.add_argument("--min-count", type=int, default=MIN_COUNT, help="examples a feature must occur in")
    args = ap.parse_args(argv)
    folders = args.corpus or list(DEFAULT_CORPORA)
    pairs = [p for folder in folders for p in labelled_pairs(folder)]
    data = examples(pairs)
    if not data["kind"]:
        print(f"no candidates in {len(pairs)} labelled articles; {args.out} left as it is")
        return 1
    model = fit(data, args.c, args.min_count)
    acc = {k: round(sum(getattr(model, k).predict(f) == y for f, y in data[k]) / max(len(data[k]), 1), 3)
           for k in DECISIONS}
    doc = {"model": "three multinomial logistic regressions (scikit-learn), binary features: trade_model.py",
           "trained_on": [str(f.relative_to(ROOT)) if f.is_relative_to(ROOT) else str(f) for f in folders],
           "articles": len(pairs), "c": args.c, "min_count": args.min_count, "min_batches": MIN_BATCHES,
           "examples": {k: len(data[k]) for k in DECISIONS},
           "train_accuracy": acc,
           "kind": model.kind.to_dict(), "parties": model.parties.to_dict(), "year": model.year.to_dict()}
    args.out.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{sum(len(data[k]) for k in DECISIONS)} examples from {len(pairs)} articles; train accuracy {acc}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
