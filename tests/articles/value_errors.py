"""Error anatomy of the trade values on corpus_v2/dev, held out (issue 11, round 6).

    .venv/bin/python -m tests.articles.value_errors [--folds 5] [--group article|batch|form|region]
        [--values learned|rules] [--cache F] [--list CAUSE] [--ids d199-d234]

Every prediction is made as `corpus_eval --split dev` makes it: grouped k-fold, the trade-value decisions
(trade_model.py) trained per fold on the other folds plus the old corpus (never in-sample).  Then:

* missed labels (fn): the amount (to 0.1 million) never a money candidate of the body; a candidate but no
  fact reported for it (with the rules' reason on it); or reported with wrong fields -- which of parties /
  year / currency / kind differ from the closest same-amount prediction, alone and in combination, and how
  (parties: count 1->2, 2->1, the other country, "reporter kept / wrong" against the story's reporter the reader uses,
  `Context.reporter` -- round 32; before it the flag was taken against `Context.main_country`, which trade values do not
  read; a cache saved before round 32 has no reporter and falls back to the main country);
* false positives: a duplicate of a matched label, a near miss of a label with the same amount (its fields),
  or an amount no label has, by the word class next to it (revenue, investment, company, price, pledge ...:
  money that is no trade value) or "trade_words" when its stretch talks about trade.

A fact with one wrong field is one fp AND one fn.  Every cause is also counted in writer batches (the
INDEX-dLO-dHI.md ranges of corpus_v2/dev, round 22): a cause that three or more batches write is worth a decision,
one batch's form is not.  The last line printed is JSON.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

try:
    from . import corpus_eval as ce
    from .articles_scoring import _match
except ImportError:                      # run from tests/articles on sys.path
    import corpus_eval as ce
    from articles_scoring import _match

from tariffscope.articles import extract_facts, read_article

FIELDS = ("parties", "year", "currency", "kind")      # key: (parties set, year, value 0.1M, currency, kind)
_IDX = {"parties": 0, "year": 1, "currency": 3, "kind": 4}


def batch_of(name: str) -> str:
    """The writer batch (INDEX-dLO-dHI stem) of a dev article name, "unindexed" outside every range."""
    return ce.style_of(ce.CORPUS_V2 / "dev" / name, "batch")


def _cands(art) -> list[dict]:
    from tariffscope.articles.context import Context
    from tariffscope.articles.trade_values import candidates

    ctx = Context.build(art.body, art.published)
    return [{"value": round(c.money.value / 1e6, 1), "currency": c.money.currency, "reason": c.reason,
             "sentence": c.sent.text, "start": c.money.start, "end": c.money.end} for c in candidates(ctx)]


def held_out(folds: int = 5, values: str = "learned", group: str = "article") -> list[dict]:
    """[{name, body, published, main, got, want, cands}] for every dev article, predicted by decisions
    trained without its fold."""
    from tariffscope.articles import status_model, tariff_model, trade_model
    from tariffscope.articles.context import Context

    pairs = ce.split_files("dev")
    modes = {status_model: "rules", tariff_model: "rules", trade_model: values}

    def predicted(src, exp) -> dict:
        art = read_article(src)
        want = json.loads(exp.read_text(encoding="utf-8")).get("trade_values", [])
        return {"name": src.name, "body": art.body, "published": str(art.published) if art.published else None,
                **_story_countries(Context.build(art.body, art.published)),
                "got": extract_facts(art)["trade_values"], "want": want, "cands": _cands(art)}

    try:
        return ce.held_out_per_article(pairs, folds, ce._learned_parts("rules", "rules", values), modes, predicted,
                                       ce.style_folds(pairs, folds, group))
    finally:
        for module in modes:
            module.use(False)


def _story_countries(ctx) -> dict:
    """The story's main country (tariffs' context) and its reporter (the country trade values read as the story's)."""
    return {"main": ctx.main_country, "reporter": ctx.reporter}


def _reporter(a: dict) -> str | None:
    """The story's country the trade values read: the reporter (a cache from before round 32: the main country)."""
    return a["reporter"] if "reporter" in a else a.get("main")


def _k(f: dict) -> tuple:
    return ce.key("trade_values", f)


def wrong_fields(g: tuple, w: tuple) -> tuple[str, ...]:
    return tuple(f for f in FIELDS if g[_IDX[f]] != w[_IDX[f]])


def _closest(key: tuple, others: list[tuple]) -> tuple | None:
    same = [o for o in others if o[2] == key[2]]
    return min(same, key=lambda o: len(wrong_fields(key, o))) if same else None


def _pub_year(a: dict) -> int | None:
    return int(a["published"][:4]) if a.get("published") else None


def _how(field: str, got: tuple, want: tuple, a: dict) -> str:
    """got -> labelled of one wrong field, in words that generalise (counts, years relative to publication)."""
    if field == "parties":
        g, w, rep = got[0], want[0], _reporter(a)
        if len(g) != len(w):
            return f"parties {len(g)}->{len(w)}" + (" (reporter kept)" if rep in g and rep in w else "")
        return f"parties {len(g)}->{len(w)} other" + (" (reporter wrong)" if (rep in g) != (rep in w) else "")
    if field == "year":
        pub = _pub_year(a)

        def rel(y):
            return "null" if y is None else "pub" if y == pub else f"pub{y - pub:+d}" if pub else "Y"
        return f"year {rel(got[1])}->{rel(want[1])}"
    if field == "currency":
        return f"currency {got[3]}->{want[3]}"
    return f"kind {got[4]}->{want[4]}"


# the word class next to an unlabelled amount (trade_model's classes of the amount's own comma stretch)
_NOT_TRADE = ("public_money", "invest", "company", "penalty", "price", "macro", "pledge", "target", "market")


def fp_cause(a: dict, fact: dict) -> str:
    from tariffscope.articles.trade_model import _classes_in

    s = fact.get("sentence") or ""
    v = round(float(fact["value"]) / 1e6, 1)
    c = next((c for c in a["cands"] if c["value"] == v and c["sentence"] == s), None)
    if c is None:
        return "other"
    lo = max(0, s.rfind(",", 0, c["start"]) + 1)
    hi = s.find(",", c["end"])
    hi = len(s) if hi < 0 else hi
    near = {n for st, e, n in _classes_in(s, max(lo, c["start"] - 80), min(hi, c["end"] + 60))}
    for n in _NOT_TRADE:
        if n in near:
            return n
    return "trade_words" if near & {"flow_out", "flow_in", "trade", "balance", "measure", "worth"} else "other"


def anatomy(arts: list[dict]) -> dict:
    fn_cause, fn_fields, fn_any, fn_how = Counter(), Counter(), Counter(), Counter()
    fp_kind, fp_fields, fp_ctx = Counter(), Counter(), Counter()
    per_art, examples = [], {}
    batches: dict[str, set[str]] = {}      # cause name -> writer batches that write it

    def seen_in(cause: str) -> None:
        batches.setdefault(cause, set()).add(batch)

    for a in arts:
        batch = batch_of(a["name"])
        g = [_k(f) for f in a["got"]]
        w = [_k(f) for f in a["want"]]
        hit, extra, missing = _match("trade_values", g, w)
        per_art.append((a["name"], len(w), hit, len(extra), len(missing)))
        for m in missing:
            near = _closest(m, g)
            if near is None:
                cs = [c for c in a["cands"] if c["value"] == m[2]]
                cause = "never_candidate" if not cs else f"candidate_not_reported ({cs[0]['reason']})"
                fn_cause[cause] += 1
                seen_in("fn:" + cause)
                examples.setdefault("fn:" + cause, []).append(
                    f"{a['name']} {m} | {cs[0]['sentence'][:200] if cs else ''}")
                continue
            fn_cause["reported"] += 1
            seen_in("fn:reported")
            wrong = wrong_fields(near, m)
            combo = "+".join(wrong) or "duplicate_label"
            fn_fields[combo] += 1
            seen_in("fnf:" + combo)
            for f in wrong:
                fn_any[f] += 1
                fn_how[_how(f, near, m, a)] += 1
                seen_in("fnh:" + _how(f, near, m, a))
                examples.setdefault(f"fnf:{f}:{_how(f, near, m, a)}", []).append(
                    f"{a['name']} want {m} got {near} | " +
                    next((x["sentence"][:220] for x in a["got"] if _k(x) == near), ""))
        for x in extra:
            fact = next(f for f in a["got"] if _k(f) == x)
            if x in w:
                fp_kind["duplicate_of_label"] += 1
                continue
            near = _closest(x, w)
            if near is None:
                cause = fp_cause(a, fact)
                fp_kind["amount_not_labelled"] += 1
                fp_ctx[cause] += 1
                seen_in("fp:" + cause)
                examples.setdefault("fp:" + cause, []).append(f"{a['name']} {x} | {fact['sentence'][:220]}")
                continue
            fp_kind["same_amount_as_label"] += 1
            fp_fields["+".join(wrong_fields(x, near)) or "duplicate"] += 1
            seen_in("fpf:" + ("+".join(wrong_fields(x, near)) or "duplicate"))
    return {"per_article": per_art, "fn_cause": fn_cause, "fn_fields": fn_fields, "fn_field_any": fn_any,
            "fn_how": fn_how, "fp_kind": fp_kind, "fp_fields": fp_fields, "fp_context": fp_ctx, "examples": examples,
            "batches": {k: len(v) for k, v in batches.items()}}


def _rows(res: dict, counts: Counter, cause: str, indent: str, top: int | None = None) -> list[str]:
    """One line per cause: its count and the writer batches that write it."""
    width = 46 - len(indent)
    return [f"{indent}{k:<{width}}{v:>5}  in {res['batches'].get(cause + k, 0):>2} batches"
            for k, v in counts.most_common(top)]


def report(res: dict) -> str:
    per = res["per_article"]
    tot = [sum(r[i] for r in per) for i in (2, 3, 4)]
    L = [f"dev: {len(per)} articles, {sum(r[1] for r in per)} trade-value labels",
         f"all: tp/fp/fn {tot} F1 {ce.f1(*tot)}", "", "missed labels (fn):"]
    L += _rows(res, res["fn_cause"], "fn:", "  ")
    L += ["  wrong fields of the closest same-amount prediction (combination):"]
    L += _rows(res, res["fn_fields"], "fnf:", "    ")
    L += ["  field wrong at all: " + ", ".join(f"{k} {v}" for k, v in res["fn_field_any"].most_common())]
    L += ["  how (got -> labelled):"]
    L += _rows(res, res["fn_how"], "fnh:", "    ", 25)
    L += ["", "false positives (fp):"]
    L += [f"  {k:<44}{v:>5}" for k, v in res["fp_kind"].most_common()]
    L += ["  same amount as a label, fields that differ:"]
    L += _rows(res, res["fp_fields"], "fpf:", "    ")
    L += ["  amount no label has, by the word class next to it:"]
    L += _rows(res, res["fp_context"], "fp:", "    ")
    return "\n".join(L)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--group", choices=("article", "batch", "form", "region"), default="article")
    ap.add_argument("--values", choices=("learned", "rules"), default="learned")
    ap.add_argument("--cache", default=None, help="json file: reuse held-out predictions saved there (or save them)")
    ap.add_argument("--list", default=None, help="print the examples of causes starting so (fn:, fnf:parties, fp:)")
    ap.add_argument("--ids", default=None, help="only articles dNNN-dNNN (e.g. d199-d234)")
    args = ap.parse_args(argv)
    arts = ce.cached(args.cache, lambda: held_out(args.folds, args.values, args.group))
    res = anatomy([a for a in arts if ce.in_ids(a["name"], args.ids)])
    ce.print_examples(res["examples"], args.list)
    print(report(res))
    print(json.dumps({k: dict(v) for k, v in res.items() if k not in ("per_article", "examples")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
