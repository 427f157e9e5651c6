"""Precision/recall of extracted facts against the labelled corpus (tests/articles/corpus)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from tariffscope.articles import extract_facts, read_article

CORPUS = Path(__file__).resolve().parent / "corpus"
KINDS = ("tariffs", "trade_values", "quotes")


def corpus_files() -> list[tuple[Path, Path]]:
    out = []
    for exp in sorted(CORPUS.glob("*.expected.json")):
        stem = exp.name[: -len(".expected.json")]
        src = [p for p in CORPUS.glob(stem + ".*") if not p.name.endswith(".expected.json")]
        assert len(src) == 1, (exp, src)
        out.append((src[0], exp))
    return out


def _qtext(t: str) -> str:
    return re.sub(r"[^\w]+", " ", t.replace("’", "'")).strip().lower()


def key(kind: str, f: dict) -> tuple:
    if kind == "tariffs":
        return (f["imposer"], f["target"], f["product"], round(float(f["rate_pct"]), 2), f["status"])
    if kind == "trade_values":
        return (frozenset(f["parties"]), f["year"], round(float(f["value"]) / 1e6, 1), f["currency"], f["kind"])
    return (f["speaker"], _qtext(f["text"]))


def _product(p):
    return None if p is None else re.sub(r"s$", "", p.lower().strip())


def same_product(a, b) -> bool:
    """Tariff products match when equal or when one contains the other ("vanities" ~ "bathroom vanities")."""
    if a == b:
        return True
    if a is None or b is None:
        return False
    a, b = _product(a), _product(b)
    return a in b or b in a


def _match(kind: str, got: list[tuple], want: list[tuple]) -> tuple[int, list, list]:
    """Greedy one-to-one matching; tariff products match when one contains the other
    ("vanities" ~ "bathroom vanities"), everything else exactly."""
    want = list(want)
    extra = []
    hit = 0
    for g in got:
        for i, w in enumerate(want):
            same = g == w
            if not same and kind == "tariffs" and g[:2] == w[:2] and g[3:] == w[3:] and g[2] and w[2]:
                same = same_product(g[2], w[2])
            if same:
                hit += 1
                del want[i]
                break
        else:
            extra.append(g)
    return hit, extra, want


def score(pairs=None, verbose: bool = False) -> dict[str, dict[str, float]]:
    tp, fp, fn = dict.fromkeys(KINDS, 0), dict.fromkeys(KINDS, 0), dict.fromkeys(KINDS, 0)
    details = []
    for src, exp in pairs or corpus_files():
        got = extract_facts(read_article(src))
        want = json.loads(exp.read_text(encoding="utf-8"))
        for kind in KINDS:
            g = [key(kind, f) for f in got[kind]]
            w = [key(kind, f) for f in want.get(kind, [])]
            hit, extra, missing = _match(kind, g, w)
            tp[kind] += hit
            fp[kind] += len(extra)
            fn[kind] += len(missing)
            for k in extra:
                details.append(f"{src.name} {kind} extra   {k}")
            for k in missing:
                details.append(f"{src.name} {kind} missing {k}")
    out = {}
    for kind in KINDS:
        p = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else 1.0
        r = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out[kind] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3),
                     "tp": tp[kind], "fp": fp[kind], "fn": fn[kind]}
    if verbose:
        print("\n".join(details))
    return out


if __name__ == "__main__":
    import sys
    res = score(verbose=True)
    for k, v in res.items():
        print(k, v)
    sys.exit(0)
