"""F1 per fact kind on the realistic corpus (tests/articles/corpus_v2, issue 11).

    .venv/bin/python -m tests.articles.corpus_eval [--split dev|test] [--folds 5] [--status rules|learned|shipped]
        [--tariff-model rules|learned|shipped] [--values rules|learned|shipped] [--group article|batch|form|region]
        [--ids dLO-dHI] [--decisions target,product,status,keep,extra] [--verbose]

`dev` is scored as grouped k-fold by article: articles are dealt round-robin (sorted by id) into k folds
and each fold is scored on its own.  The rules have no learned parts, so for them the folds only give
the spread (mean, min, max) next to the pooled F1.  The one learned part, the tariff-status model
(status_model.py), is trained per fold on the other k-1 folds (plus the old rule corpus) with
`--status learned`; it is the default on dev only when a status model ships.  The learned tariff
decisions (tariff_model.py: target, product, status, keep) are likewise trained per fold with
`--tariff-model learned` (the default on dev only when tariff_model.json ships); `--decisions` chooses which
(default: train_tariffs.SHIPPED).  The same holds for the
trade-value decisions (trade_model.py, `--values`).  `test` (the frozen,
blind split) is scored pooled with what ships.
`--group` (dev) puts whole styles into the held-out fold instead of articles dealt round-robin: `batch` (the
writing session, one INDEX-dNNN-dNNN.md file each: its emphasis, outlets and furniture), `form` (the file
format: md, txt, html, json) or `region` (the story's country: North America, Europe, Asia, the rest), so a
rule or a weight that holds only in the style it was read from shows as a lower figure than the 5-fold one.
`--ids d199-d234` (dev) scores only those articles, by models trained on every other dev article (plus the old
corpus): a fresh batch's honest figure; `--split test --ids t027-t054` scores one writer set of the blind split with
what ships.  Matching follows corpus_v2/LABELING.md "Scoring":
a tariff on all five fields (product: one contains the other after lowercasing and dropping a final
"s"), a trade value on parties (as a set), year, value (to 0.1 million), currency and kind, a quote on
speaker and normalised text, a person on name.  A missing or empty split prints zero articles and
n/a scores (exit 0).  The last line printed is JSON.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from functools import partial
from pathlib import Path

try:
    from .articles_scoring import _match, key as _key
except ImportError:                      # imported by pytest from tests/articles on sys.path
    from articles_scoring import _match, key as _key

from tariffscope.articles import ArticleError, extract_facts, read_article
from tariffscope.articles.train_status import in_id_range as in_ids, labelled_pairs

CORPUS_V2 = Path(__file__).resolve().parent / "corpus_v2"
OLD_CORPUS = Path(__file__).resolve().parent / "corpus"
KINDS = ("tariffs", "trade_values", "quotes", "people")


def split_files(split: str, root: Path = CORPUS_V2) -> list[tuple[Path, Path]]:
    """(article, expected) pairs of a split; an article counts once its .expected.json exists."""
    folder = root / split
    return labelled_pairs(folder) if folder.is_dir() else []


# --ordered-parties: a trade value matched on its parties in order, not as a set.  LABELING.md "Scoring" (and the gate)
# match them as a set, but claim_check reads them in order (the first party's own figure is the evidence; exports
# [A, B] are A's exports to B), so a reversed pair scored right by the set view compares the opposite flow (round 45:
# 430 of 3052 matched two-party dev values).  A module setting because article_counts runs deep inside evaluate.
ORDERED_PARTIES = False


def key(kind: str, f: dict) -> tuple:
    if kind == "people":
        return (f["name"],)
    if kind == "trade_values" and ORDERED_PARTIES:
        return (tuple(f["parties"]),) + _key(kind, f)[1:]
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


def _learned_parts(status: str, tariff: str, values: str, decisions: tuple[str, ...] | None = None) -> list[tuple]:
    """(model module, examples of the given pairs, fit) for each part scored with a model trained per fold
    (decisions: the learned tariff decisions trained, default train_tariffs.SHIPPED)."""
    from tariffscope.articles import (status_model, tariff_model, trade_model, train_status, train_tariffs,
                                      train_trade_values)

    fit_tariffs = train_tariffs.fit if decisions is None else partial(train_tariffs.fit, decisions=decisions)
    parts = [(status == "learned", status_model, train_status.examples, train_status.fit),
             (tariff == "learned", tariff_model, train_tariffs.collect, fit_tariffs),
             (values == "learned", trade_model, train_trade_values.examples, train_trade_values.fit)]
    return [(module, examples, fit) for wanted, module, examples, fit in parts if wanted]


def _concat(chunks: list):
    """Training examples of several articles in one: lists are joined, dicts of lists joined per key."""
    if chunks and isinstance(chunks[0], dict):
        return {k: [e for c in chunks for e in c[k]] for k in chunks[0]}
    return [e for c in chunks for e in c]


def _use(modes: dict) -> None:
    for module, mode in modes.items():
        module.use(None if mode == "rules" else False)


_BATCH = re.compile(r"INDEX-d(\d+)-d(\d+)\.md$")
_NORTH_AMERICA = {"USA", "CAN", "MEX"}
_EUROPE = {"EUU", "GBR", "CHE", "DEU", "FRA", "ITA", "ESP", "NLD", "BEL", "IRL", "POL", "SWE", "AUT", "DNK", "FIN",
           "NOR", "PRT", "CZE", "HUN", "ROU", "BGR", "GRC", "SVK", "SVN", "HRV", "LUX", "TUR", "RUS", "UKR", "SRB"}
_ASIA = {"CHN", "JPN", "KOR", "IND", "VNM", "THA", "IDN", "MYS", "PHL", "SGP", "TWN", "HKG", "KHM", "LAO", "MMR", "BGD",
         "PAK", "LKA", "BRN", "ISR", "SAU", "ARE", "QAT", "KAZ", "NPL", "MNG"}


def style_of(src: Path, group: str) -> str:
    """The style an article belongs to for the leave-styles-out folds (see the module docstring)."""
    if group == "form":
        return src.suffix.lstrip(".")
    if group == "batch":
        n = int(re.match(r"d(\d+)", src.name).group(1))
        for index in src.parent.glob("INDEX-d*-d*.md"):
            lo, hi = map(int, _BATCH.search(index.name).groups())
            if lo <= n <= hi:
                return index.stem
        return "unindexed"
    if group == "region":
        from tariffscope.articles.context import Context

        try:
            art = read_article(src)
        except ArticleError:
            return "unreadable"
        c = Context.build(art.body, art.published).main_country
        return "north_america" if c in _NORTH_AMERICA else "europe" if c in _EUROPE else "asia" if c in _ASIA else "other"
    raise ValueError(f"unknown --group {group!r} (article, batch, form, region)")


def style_folds(pairs, folds: int, group: str) -> list[int]:
    """Fold of each article: whole styles per fold, the largest style first into the smallest fold
    (`article`: dealt round-robin by id, as before)."""
    if group == "article":
        return [j % folds for j in range(len(pairs))]
    styles: dict[str, list[int]] = {}
    for j, (src, _) in enumerate(pairs):
        styles.setdefault(style_of(src, group), []).append(j)
    sizes = [0] * min(folds, len(styles))
    out = [0] * len(pairs)
    for name, members in sorted(styles.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        i = sizes.index(min(sizes))
        sizes[i] += len(members)
        for j in members:
            out[j] = i
    return out


def held_out_per_article(pairs, folds: int, parts: list[tuple], modes: dict, score,
                         fold_of: list[int] | None = None) -> list:
    """score(article, expected) for every article; fold i is scored by models trained on the other folds'
    articles plus the old rule corpus, never on the fold itself (fold_of: each article's fold; default
    round-robin by position)."""
    fold_of = fold_of or [j % folds for j in range(len(pairs))]
    old = labelled_pairs(OLD_CORPUS)
    prepared = [(module, examples(old), [examples([p]) for p in pairs], fit) for module, examples, fit in parts]
    _use(modes)  # collecting examples switches models off and back to what ships
    out: list = [None] * len(pairs)
    for i in sorted(set(fold_of)):
        for module, extra, per_article, fit in prepared:
            module.use(fit(_concat([extra] + [ex for j, ex in enumerate(per_article) if fold_of[j] != i])))
        for j in range(len(pairs)):
            if fold_of[j] == i:
                out[j] = score(*pairs[j])
    return out


def cached(path: str | None, compute) -> list:
    """The held-out predictions saved in `path` (json) if it exists, else compute() (saved there when given):
    the error-anatomy tools (tariff_errors, value_errors) rerun their report without retraining the folds."""
    if path and Path(path).exists():
        return json.loads(Path(path).read_text())
    out = compute()
    if path:
        Path(path).write_text(json.dumps(out))
    return out


def print_examples(examples: dict, prefix: str | None) -> None:
    """The examples of every cause whose name starts with `prefix` (an error-anatomy tool's --list)."""
    if prefix is None:
        return
    for k, v in sorted(examples.items()):
        if k.startswith(prefix):
            print(f"== {k} ({len(v)})")
            print("\n".join(v))


def _fold_counts(pairs, folds: int, details, parts: list[tuple], modes: dict,
                 fold_of: list[int] | None = None) -> list[dict[str, list[int]]]:
    """Counts per article, each fold scored by models trained without it."""
    return held_out_per_article(pairs, folds, parts, modes, lambda src, exp: article_counts(src, exp, details), fold_of)


def evaluate(split: str, folds: int = 5, details: list[str] | None = None, root: Path = CORPUS_V2,
             status: str = "shipped", tariff: str = "shipped", values: str = "shipped", group: str = "article",
             ids: str | None = None, decisions: tuple[str, ...] | None = None) -> dict:
    """status / tariff / values (the tariff-status model, the learned tariff decisions, the trade-value
    model): "rules" (no model), "shipped" (the JSON as installed; the test split), or "learned" (dev: a
    model per fold trained without that fold).  group: what a dev fold holds (style_folds)."""
    from tariffscope.articles import status_model, tariff_model, trade_model

    pairs = split_files(split, root)
    kfold = split == "dev" and len(pairs) >= max(folds, 2)
    status, tariff, values = (m if m != "learned" or kfold else "shipped" for m in (status, tariff, values))
    modes = {status_model: status, tariff_model: tariff, trade_model: values}
    fold_of = style_folds(pairs, folds, group) if kfold else None
    if ids and kfold:       # the articles dLO-dHI scored by models trained on every other dev article
        fold_of = [0 if in_ids(src.name, ids) else 1 for src, _ in pairs]
    _use(modes)
    try:
        counts = _fold_counts(pairs, folds, details, _learned_parts(status, tariff, values, decisions), modes,
                              fold_of)
    finally:
        for module in modes:
            module.use(False)
    if ids:
        keep = [in_ids(src.name, ids) for src, _ in pairs]
        pairs, counts = [p for p, k in zip(pairs, keep) if k], [c for c, k in zip(counts, keep) if k]
        if details is not None:
            details[:] = [d for d in details if in_ids(d.split()[0], ids)]
    if tariff == "learned" and decisions is not None:
        tariff = f"learned ({','.join(decisions) or 'none'})"
    res = {"split": split, "articles": len(pairs), "status_model": status, "tariff_model": tariff,
           "trade_model": values,
           "pooled": pooled(counts)}
    if ids:
        res["ids"] = ids
    if split == "dev" and folds > 1 and len(pairs) >= folds and not ids:
        fold_of = fold_of or [j % folds for j in range(len(pairs))]
        per_fold = [pooled([c for c, k in zip(counts, fold_of) if k == i]) for i in sorted(set(fold_of))]
        res["folds"] = len(per_fold)
        if group != "article":
            res["group"] = group
        res["fold_f1"] = {}
        for kind in KINDS:
            vals = [f[kind]["f1"] for f in per_fold if f[kind]["f1"] is not None]
            res["fold_f1"][kind] = {"mean": round(statistics.fmean(vals), 3) if vals else None,
                                    "min": min(vals, default=None), "max": max(vals, default=None)}
    return res


def table(res: dict) -> str:
    lines = [f"corpus_v2/{res['split']}: {res['articles']} articles, status: {res['status_model']}, "
             f"tariff decisions: {res.get('tariff_model', 'shipped')}"
             f", trade values: {res.get('trade_model', 'shipped')}"
             + (f", grouped {res['folds']}-fold by {res.get('group', 'article')}" if "folds" in res else "")
             + (f", only {res['ids']}" + (" (models trained on the other dev articles)" if res["split"] == "dev" else "")
                if "ids" in res else ""),
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


def default_tariff(split: str) -> str:
    """test: what ships; dev: decisions trained per fold when tariff_model.json ships, else rules."""
    from tariffscope.articles import tariff_model

    if split != "dev":
        return "shipped"
    return "learned" if tariff_model.MODEL_FILE.exists() else "rules"


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
    ap.add_argument("--tariff-model", choices=("learned", "rules", "shipped"), default=None,
                    help="learned tariff decisions (tariff_model.py): trained per fold, off, or what ships "
                         "(default: test: shipped; dev: learned when tariff_model.json ships, else rules)")
    ap.add_argument("--values", choices=("learned", "rules", "shipped"), default=None,
                    help="trade-value decisions: models trained per fold, rules only, or what ships (default: "
                         "test: shipped; dev: learned when trade_model.json ships, else rules)")
    ap.add_argument("--group", choices=("article", "batch", "form", "region"), default="article",
                    help="dev folds hold whole styles: articles round-robin (default), the writing batch, the file "
                         "format, or the story's region (leave-styles-out)")
    ap.add_argument("--ids", default=None, metavar="dLO-dHI",
                    help="dev: score only these articles, by models trained on every other dev article (a fresh "
                         "batch); test: only these articles (tLO-tHI: one writer set of the blind split)")
    ap.add_argument("--decisions", default=None, metavar="D,D",
                    help="with learned tariff decisions: which of target,product,status,keep,extra are trained per "
                         "fold (default: train_tariffs.SHIPPED)")
    ap.add_argument("--verbose", action="store_true", help="list every extra and missing fact")
    ap.add_argument("--ordered-parties", action="store_true",
                    help="match a trade value's parties in order (the flow's direction, as claim_check reads them), "
                         "not as a set (LABELING.md scoring, the gate)")
    args = ap.parse_args(argv)
    global ORDERED_PARTIES
    ORDERED_PARTIES = args.ordered_parties
    decisions = None if args.decisions is None else tuple(d for d in args.decisions.split(",") if d)
    from tariffscope.articles import tariff_model

    if decisions is not None and not set(decisions) <= set(tariff_model.DECISIONS):
        ap.error(f"--decisions: not among {tariff_model.DECISIONS}")
    details: list[str] | None = [] if args.verbose else None
    status = args.status or default_status(args.split)
    res = evaluate(args.split, args.folds, details, status=status,
                   tariff=args.tariff_model or default_tariff(args.split),
                   values=args.values or default_values(args.split), group=args.group, ids=args.ids, decisions=decisions)
    if details:
        print("\n".join(details))
    print(table(res))
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
