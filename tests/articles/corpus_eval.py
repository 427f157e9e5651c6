"""F1 per fact kind on the realistic corpus (tests/articles/corpus_v2, issue 11).

    .venv/bin/python -m tests.articles.corpus_eval [--split dev|test] [--folds 5] [--status rules|learned|shipped]
        [--values rules|learned|shipped] [--verbose]

`dev` is scored as grouped k-fold by article: articles are dealt round-robin (sorted by id) into k folds
and each fold is scored on its own.  The rules have no learned parts, so for them the folds only give
the spread (mean, min, max) next to the pooled F1.  The one learned part, the tariff-status model
(status_model.py), is trained per fold on the other k-1 folds (plus the old rule corpus) with
`--status learned`; it is the default on dev only when a status model ships.  The same holds for the
trade-value decisions (trade_model.py, `--values`): on dev each fold is scored by a model trained on the
other folds plus the old rule corpus.  `test` (the frozen,
blind split) is scored pooled with what ships.  Matching follows corpus_v2/LABELING.md "Scoring":
a tariff on all five fields (product: one contains the other after lowercasing and dropping a final
"s"), a trade value on parties (as a set), year, value (to 0.1 million), currency and kind, a quote on
speaker and normalised text, a person on name.  A missing or empty split prints zero articles and
n/a scores (exit 0).  The last line printed is JSON.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

try:
    from .articles_scoring import _match, key as _key
except ImportError:                      # imported by pytest from tests/articles on sys.path
    from articles_scoring import _match, key as _key

from tariffscope.articles import ArticleError, extract_facts, read_article
from tariffscope.articles.train_status import labelled_pairs

CORPUS_V2 = Path(__file__).resolve().parent / "corpus_v2"
OLD_CORPUS = Path(__file__).resolve().parent / "corpus"
KINDS = ("tariffs", "trade_values", "quotes", "people")


def split_files(split: str, root: Path = CORPUS_V2) -> list[tuple[Path, Path]]:
    """(article, expected) pairs of a split; an article counts once its .expected.json exists."""
    folder = root / split
    return labelled_pairs(folder) if folder.is_dir() else []


def key(kind: str, f: dict) -> tuple:
    if kind == "people":
        return (f["name"],)
    return _key(kind, f)


def article_counts(src: Path, exp: Path, details: list[str] | None = None) -> dict[str, list[int]]:
    """[tp, fp, fn] per kind for one article (an unreadable article scores all its labels as missed)."""
    want = json.loads(exp.read_text(encoding="utf-8"))
    try:
        got = extract_facts(read_article(src))
    except ArticleError as e:
        if details is not None:
            details.append(f"{src.name} unreadable: {e}")
        got = {k: [] for k in KINDS}
    out = {}
    for kind in KINDS:
        g = [key(kind, f) for f in got.get(kind, [])]
        w = [key(kind, f) for f in want.get(kind, [])]
        hit, extra, missing = _match(kind, g, w)
        out[kind] = [hit, len(extra), len(missing)]
        if details is not None:
            details += [f"{src.name} {kind} extra   {k}" for k in extra]
            details += [f"{src.name} {kind} missing {k}" for k in missing]
    return out


def f1(tp: int, fp: int, fn: int) -> float | None:
    if tp + fp + fn == 0:
        return None
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def pooled(counts: list[dict[str, list[int]]]) -> dict[str, dict]:
    out = {}
    for kind in KINDS:
        tp, fp, fn = (sum(c[kind][i] for c in counts) for i in range(3))
        out[kind] = {"f1": f1(tp, fp, fn), "tp": tp, "fp": fp, "fn": fn}
    return out


def _fold_counts(pairs, folds: int, status: str, details, values: str = "rules") -> list[dict[str, list[int]]]:
    """Counts per article; with a learned status or learned trade values, fold i is scored by models
    trained on the other folds' articles (plus the old rule corpus, never on the fold itself)."""
    from tariffscope.articles import status_model, trade_model, train_status, train_trade_values

    status_model.use(None if status == "rules" else False)
    trade_model.use(None if values == "rules" else False)
    try:
        if status != "learned" and values != "learned":
            return [article_counts(src, exp, details) for src, exp in pairs]
        old = train_status.labelled_pairs(OLD_CORPUS)
        if status == "learned":
            s_extra = train_status.examples(old)
            s_per = [train_status.examples([p]) for p in pairs]
        if values == "learned":
            v_extra = train_trade_values.examples(old)
            v_per = [train_trade_values.examples([p]) for p in pairs]
        counts: list = [None] * len(pairs)
        for i in range(folds):
            if status == "learned":
                status_model.use(train_status.fit(s_extra + [e for j, ex in enumerate(s_per) if j % folds != i for e in ex]))
            if values == "learned":
                train = {k: v_extra[k] + [e for j, ex in enumerate(v_per) if j % folds != i for e in ex[k]] for k in v_extra}
                trade_model.use(train_trade_values.fit(train))
            for j in range(i, len(pairs), folds):
                counts[j] = article_counts(*pairs[j], details)
        return counts
    finally:
        status_model.use(False)
        trade_model.use(False)


def evaluate(split: str, folds: int = 5, details: list[str] | None = None, root: Path = CORPUS_V2,
             status: str = "shipped", values: str = "shipped") -> dict:
    """status / values (the tariff-status model / the trade-value model): "rules" (no model),
    "shipped" (the JSON as installed; the test split), or "learned" (dev: a model per fold trained
    without that fold)."""
    pairs = split_files(split, root)
    k_ok = split == "dev" and len(pairs) >= max(folds, 2)
    status = status if status != "learned" or k_ok else "shipped"
    values = values if values != "learned" or k_ok else "shipped"
    if status == "shipped" and values == "shipped":
        counts = [article_counts(src, exp, details) for src, exp in pairs]
    else:
        counts = _fold_counts(pairs, folds, status, details, values)
    res = {"split": split, "articles": len(pairs), "status_model": status, "trade_model": values,
           "pooled": pooled(counts)}
    if split == "dev" and folds > 1 and len(pairs) >= folds:
        per_fold = [pooled(counts[i::folds]) for i in range(folds)]
        res["folds"] = folds
        res["fold_f1"] = {}
        for kind in KINDS:
            vals = [f[kind]["f1"] for f in per_fold if f[kind]["f1"] is not None]
            res["fold_f1"][kind] = {"mean": round(statistics.fmean(vals), 3) if vals else None,
                                    "min": min(vals, default=None), "max": max(vals, default=None)}
    return res


def table(res: dict) -> str:
    lines = [f"corpus_v2/{res['split']}: {res['articles']} articles, status: {res['status_model']}, "
             f"trade values: {res.get('trade_model', 'shipped')}"
             + (f", grouped {res['folds']}-fold by article" if "folds" in res else ""),
             f"{'kind':<13}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}" + ("   fold mean [min, max]" if "folds" in res else "")]
    for kind in KINDS:
        p = res["pooled"][kind]
        f = "n/a" if p["f1"] is None else f"{p['f1']:.3f}"
        line = f"{kind:<13}{f:>7}{p['tp']:>6}{p['fp']:>6}{p['fn']:>6}"
        if "folds" in res:
            ff = res["fold_f1"][kind]
            line += f"   {ff['mean']} [{ff['min']}, {ff['max']}]"
        lines.append(line)
    return "\n".join(lines)


def default_values(split: str) -> str:
    """test: what ships; dev: a model per fold when a trade-value model ships (never in-sample), else rules."""
    from tariffscope.articles import trade_model

    if split != "dev":
        return "shipped"
    return "learned" if trade_model.MODEL_FILE.exists() else "rules"


def default_status(split: str) -> str:
    """test: what ships; dev: a model per fold when a status model ships (never scored in-sample), else rules."""
    from tariffscope.articles import status_model

    if split != "dev":
        return "shipped"
    return "learned" if status_model.MODEL_FILE.exists() else "rules"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--status", choices=("learned", "rules", "shipped"), default=None,
                    help="status decisions: a model trained per fold, rules only, or what ships (default: "
                         "test: shipped; dev: learned when status_model.json ships, else rules)")
    ap.add_argument("--values", choices=("learned", "rules", "shipped"), default=None,
                    help="trade-value decisions: models trained per fold, rules only, or what ships (default: "
                         "test: shipped; dev: learned when trade_model.json ships, else rules)")
    ap.add_argument("--verbose", action="store_true", help="list every extra and missing fact")
    args = ap.parse_args(argv)
    details: list[str] | None = [] if args.verbose else None
    status = args.status or default_status(args.split)
    values = args.values or default_values(args.split)
    res = evaluate(args.split, args.folds, details, status=status, values=values)
    if details:
        print("\n".join(details))
    print(table(res))
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
