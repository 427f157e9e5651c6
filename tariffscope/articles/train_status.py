"""Train the tariff-status model (status_model.py) on labelled articles and write status_model.json.

    .venv/bin/python -m tariffscope.articles.train_status [--corpus DIR ...] [--out FILE]

Examples: every tariff fact the rules extract (run with the model off) that matches a labelled fact on
imposer, target, product and rate; its label is the labelled status (when the labels hold the same rate
with several statuses, the rules' status if it is one of them, else the first).  scikit-learn
(LogisticRegression, multinomial) is needed here only, not at run time.
"""
from __future__ import annotations

import argparse
import json
import re
from functools import lru_cache
from pathlib import Path

from . import logreg, status_model
from .extract import extract_facts
from .read import ArticleError, read_article

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPORA = (ROOT / "tests" / "articles" / "corpus_v2" / "dev", ROOT / "tests" / "articles" / "corpus")


def labelled_pairs(folder: Path) -> list[tuple[Path, Path]]:
    out = []
    for exp in sorted(folder.glob("*.expected.json")):
        stem = exp.name[: -len(".expected.json")]
        src = [p for p in folder.glob(stem + ".*") if not p.name.endswith(".expected.json")]
        if len(src) == 1:
            out.append((src[0], exp))
    return out


_INDEX = re.compile(r"INDEX-d(\d+)-d(\d+)\.md$")


@lru_cache(maxsize=8)
def _batch_ranges(folder: Path) -> tuple[tuple[int, int, str], ...]:
    return tuple((int(m.group(1)), int(m.group(2)), p.stem) for p in sorted(folder.glob("INDEX-d*-d*.md"))
                 if (m := _INDEX.search(p.name)))


def writer_batch(src: Path) -> str:
    """The writing session an article comes from: the INDEX-dLO-dHI file of corpus_v2 whose range holds its number;
    an article of another corpus (the old rule corpus, written by one hand before the batches) is of its folder's."""
    m = re.match(r"[dt](\d+)-", src.name)
    if m:
        n = int(m.group(1))
        for lo, hi, name in _batch_ranges(src.parent):
            if lo <= n <= hi:
                return name
    return src.parent.name


def in_id_range(name: str, ids: str | None, unnumbered: bool = False) -> bool:
    """The corpus_v2 article file `name` (dNNN-... or tNNN-...) is in the range "dLO-dHI" / "tLO-tHI" (None: every
    article); a file with no such number (the old rule corpus) is in it only when `unnumbered`."""
    if not ids:
        return True
    m = re.match(r"[dt](\d+)-", name)
    if not m:
        return unnumbered
    lo, hi = (int(x.strip().lstrip("dt")) for x in ids.split("-"))
    return lo <= int(m.group(1)) <= hi


def _prod(p):
    return None if p is None else re.sub(r"s$", "", p.lower().strip())


def _same(f: dict, w: dict) -> bool:
    if (f["imposer"], f["target"], float(f["rate_pct"])) != (w["imposer"], w["target"], float(w["rate_pct"])):
        return False
    a, b = _prod(f["product"]), _prod(w["product"])
    return a == b or (a is not None and b is not None and (a in b or b in a))


def examples(pairs) -> list[tuple[list[str], str]]:
    """(features, labelled status) for the rules' tariff facts that match a label."""
    out = []
    status_model.use(None)
    status_model.keep_features = True
    try:
        for src, exp in pairs:
            try:
                got = extract_facts(read_article(src))["tariffs"]
            except ArticleError:
                continue
            want = json.loads(exp.read_text(encoding="utf-8")).get("tariffs", [])
            for f in got:
                statuses = [w["status"] for w in want if _same(f, w)]
                if statuses:
                    rule = f["rule_features"][0].split("=", 1)[1]
                    out.append((f["rule_features"], rule if rule in statuses else statuses[0]))
    finally:
        status_model.keep_features = False
        status_model.use(False)
    return out


def fit(data: list[tuple[list[str], str]], c: float = 1.0) -> logreg.LogReg | None:
    return logreg.fit(data, c)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, action="append", help="folder of labelled articles (repeatable)")
    ap.add_argument("--out", type=Path, default=status_model.MODEL_FILE)
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    args = ap.parse_args(argv)
    folders = args.corpus or list(DEFAULT_CORPORA)
    pairs = [p for folder in folders for p in labelled_pairs(folder)]
    data = examples(pairs)
    model = fit(data, args.c)
    if model is None:
        print(f"too few labelled examples ({len(data)}) to train; {args.out} left as it is")
        return 1
    rule_acc = sum(f[0] == f"rule={y}" for f, y in data) / len(data)
    fit_acc = sum(model.predict(f) == y for f, y in data) / len(data)
    doc = {"model": "multinomial logistic regression (scikit-learn), binary features: status_model.features",
           "trained_on": [str(f.relative_to(ROOT)) if f.is_relative_to(ROOT) else str(f) for f in folders],
           "articles": len(pairs), "examples": len(data), "c": args.c,
           "train_accuracy": {"rules": round(rule_acc, 3), "model": round(fit_acc, 3)},
           "classes": model.classes, "intercept": model.intercept, "vocab": model.vocab, "coef": model.coef}
    args.out.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(data)} examples from {len(pairs)} articles; train accuracy rules {rule_acc:.3f}, model {fit_acc:.3f}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
