"""Error anatomy of the quotes on corpus_v2/dev (issue 11, round 29).

    .venv/bin/python -m tests.articles.quote_errors [--cache F] [--list CAUSE] [--ids d1473-d9999] [--newest 1473]

The quote reader (quotes.py) has no learned part: every dev article's quotes are the rules' output, so there is
nothing to hold out (the tariff and trade-value models are switched off; they do not touch quotes).  Each quote
the attributor finds (speaker or none) is kept with the rule that gave its speaker, so every labelled quote that is
not produced (fn) and every produced quote that is not labelled (fp) gets a cause:

* fn  no_span       no quotation of the body has the label's text, nor contains it, nor is contained in it
      span_cut      a produced quotation's text contains the label's or is contained in it (cut / merged / run on)
      skipped       the quotation is found but dropped before attribution (furniture, title cue) or as a label
      unattributed  the quotation is found and no rule gives it a speaker (by its position: standalone or inside)
      speaker       the quotation is produced with another speaker (`--list fn:speaker` prints got -> labelled)
      name_form     the same person under another name form (one name's words contain the other's)
      joint         the same text is labelled for another speaker too and produced for one of them
* fp  speaker       the text is labelled, for another speaker (the other half of fn:speaker)
      span          a label's text contains the produced one or is contained in it
      unlabelled    no label has the text, by the rule that attributed it and the quotation's length in words

Every cause is also counted in writer batches (INDEX-dLO-dHI.md ranges) and in the newest batches (--newest: the
writer batches from that id on, written in the forms of the newest blind sets).  The last line printed is JSON.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter

try:
    from . import corpus_eval as ce
    from .articles_scoring import _match, _qtext
except ImportError:                      # run from tests/articles on sys.path
    import corpus_eval as ce
    from articles_scoring import _match, _qtext

from tariffscope.articles import read_article

_RULES = ("_partial", "_after", "_sentence_end", "_intro", "_from_context")
_CONTEXT_PARTS = ("_continued_paragraph", "_next_sentence", "_resumes_after_attribution")


def _tracing_attributor():
    """A QuoteAttributor that notes on each quote the rule that gave its speaker (the first rule returning one)."""
    from tariffscope.articles.quotes import QuoteAttributor

    class Tracing(QuoteAttributor):
        pass

    def wrap(name):
        inner = getattr(QuoteAttributor, name)

        def traced(self, q, *args, **kw):
            self._sub = None
            got = inner(self, q, *args, **kw)
            if got is not None and not getattr(q, "rule", None):
                q.rule = name.lstrip("_") + (f":{self._sub}" if self._sub else "")
            return got
        return traced

    def wrap_part(name):
        inner = getattr(QuoteAttributor, name)

        def traced(self, *args, **kw):
            got = inner(self, *args, **kw)
            if got:
                self._sub = name.lstrip("_")
            return got
        return traced

    for name in _RULES:
        setattr(Tracing, name, wrap(name))
    for name in _CONTEXT_PARTS:
        setattr(Tracing, name, wrap_part(name))
    return Tracing


def _found(art) -> tuple[list[dict], list[dict]]:
    """The quote facts (as extract_facts gives them) and every quotation of the body: its text, speaker (or None),
    rule, and whether it was dropped unread."""
    from tariffscope.articles.context import Context
    from tariffscope.articles.quotes import _find_quotes, _is_label, _is_tariff_label

    ctx = Context.build(art.body, art.published)
    att = _tracing_attributor()(art.body, ctx.people, ctx.sentences)
    facts = att.facts()
    read = {q.open: q for q in att.quotes}
    people = [p["name"] for p in ctx.people.facts()]
    out = []
    for q in _find_quotes(art.body):
        r = read.get(q.open)
        text = art.body[q.text_start:q.text_end]
        state = ("skipped" if r is None else "tariff_label" if _is_tariff_label(art.body, r)
                 else "label" if _is_label(text) and r.speaker is None else "read")
        out.append({"text": text, "open": q.open, "close": q.close,
                    "speaker": r.speaker.shown_name if r is not None and r.speaker else None,
                    "rule": getattr(r, "rule", None) if r is not None else None,
                    "standalone": bool(r.standalone) if r is not None else None, "state": state})
    return facts, out, people


def predictions() -> list[dict]:
    """[{name, body, got, want, found}] for every dev article (rules: quotes have no learned part)."""
    from tariffscope.articles import status_model, tariff_model, trade_model

    for module in (status_model, tariff_model, trade_model):
        module.use(False)
    out = []
    for src, exp in ce.split_files("dev"):
        art = read_article(src)
        want = json.loads(exp.read_text(encoding="utf-8")).get("quotes", [])
        got, found, people = _found(art)
        out.append({"name": src.name, "body": art.body, "got": got, "want": want, "found": found, "people": people})
    return out


def _overlaps(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


def _same_person(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


def _context(a: dict, f: dict, width: int = 110) -> str:
    body = a["body"]
    s, e = max(0, f["open"] - width), min(len(body), f["close"] + width)
    return re.sub(r"\s+", " ", body[s:f["open"]] + "[[" + body[f["open"]:f["close"]] + "]]" + body[f["close"]:e])


def _length(text: str) -> str:
    n = len(text.split())
    return "1-3 words" if n <= 3 else "4-9 words" if n <= 9 else "10+ words"


_TAIL_FORMS = (("pronoun verb", r"^[\s,.;:!?—–-]*(?:he|she|they)\s+(?:\w+\s+)?(?:said|says|added|told|explained|noted|wrote|asked|stressed|argued|continued|warned)\b"),
               ("name verb", r"^[\s,.;:!?—–-]*(?:[A-Z][\w.’'\-]*\s+){1,4}(?:\w+ly\s+)?(?:said|says|added|told|explained|noted|wrote|asked|stressed|argued|continued|warned|was quoted|was reported)\b"),
               ("verb name", r"^[\s,.;:!?—–-]*(?:said|says|added|told|explained|noted|wrote|asked)\s"),
               ("name, apposition", r"^[\s,.;:!?—–-]*(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*,\s"),
               ("paragraph end", r"^[\s,.;:!?—–-]*(?:\n|$)"))


def _tail_form(a: dict, f: dict) -> str:
    """What follows an unattributed quotation: the attribution's shape, or the paragraph's end."""
    tail = a["body"][f["close"]:f["close"] + 120]
    return next((name for name, rx in _TAIL_FORMS if re.match(rx, tail)), "other")


def fn_cause(a: dict, m: tuple, got: list[tuple]) -> tuple[str, dict | None]:
    """Why a labelled quote (speaker, normalised text) is not produced, and the quotation it was read from."""
    speaker, text = m
    found = [f for f in a["found"] if _qtext(f["text"]) == text]
    if not found:
        near = [f for f in a["found"] if _overlaps(_qtext(f["text"]), text)]
        if not near:
            return "no_span", None
        f = near[0]
        return ("span_cut (" + ("produced longer" if len(_qtext(f["text"])) > len(text) else "produced shorter")
                + ")"), f
    f = next((x for x in found if x["speaker"] == speaker), found[0])
    if f["state"] != "read":
        return f"skipped ({f['state']})", f
    if f["speaker"] is None:
        return ("unattributed (" + ("standalone" if f["standalone"] else "in sentence") + ", "
                + ("speaker known" if speaker in a["people"] else "speaker no person") + ", " + _tail_form(a, f) + ")"), f
    if any(g[1] == text and g[0] != speaker for g in got) and any(w[1] == text and w[0] == f["speaker"]
                                                                   for w in a["want_keys"]):
        return "joint", f
    if _same_person(f["speaker"], speaker):
        return "name_form", f
    return "speaker (" + (f["rule"] or "?") + ")", f


def fp_cause(a: dict, x: tuple) -> tuple[str, dict | None]:
    speaker, text = x
    f = next((f for f in a["found"] if _qtext(f["text"]) == text and f["speaker"] == speaker), None)
    rule = (f["rule"] if f else None) or "?"
    if any(w[1] == text for w in a["want_keys"]):
        return "speaker", f
    if any(_overlaps(w[1], text) for w in a["want_keys"]):
        return "span", f
    return f"unlabelled ({rule.split(':')[0]}, {_length(text)})", f


def anatomy(arts: list[dict], newest: int) -> dict:
    causes = Counter()
    batches: dict[str, set[str]] = {}
    recent = Counter()
    examples: dict[str, list[str]] = {}
    per_art = []
    for a in arts:
        batch = ce.style_of(ce.CORPUS_V2 / "dev" / a["name"], "batch")
        is_new = int(re.match(r"d(\d+)", a["name"]).group(1)) >= newest
        g = [ce.key("quotes", f) for f in a["got"]]
        w = [ce.key("quotes", f) for f in a["want"]]
        a["want_keys"] = w
        hit, extra, missing = _match("quotes", g, w)
        per_art.append((a["name"], len(w), hit, len(extra), len(missing)))
        notes = [("fn:" + c, f, m) for m in missing for c, f in [fn_cause(a, m, g)]]
        notes += [("fp:" + c, f, x) for x in extra for c, f in [fp_cause(a, x)]]
        for cause, f, k in notes:
            causes[cause] += 1
            recent[cause] += is_new
            batches.setdefault(cause, set()).add(batch)
            got_sp = f"got {f['speaker']!r} " if f else ""
            examples.setdefault(cause, []).append(
                f"{a['name']} {'label' if cause.startswith('fn') else 'produced'} {k[0]!r} {got_sp}"
                f"[{(f or {}).get('rule')}] | " + (_context(a, f) if f else k[1][:160]))
    return {"per_article": per_art, "causes": causes, "newest": recent, "examples": examples,
            "batches": {k: len(v) for k, v in batches.items()}}


def report(res: dict, newest: int) -> str:
    per = res["per_article"]
    tot = [sum(r[i] for r in per) for i in (2, 3, 4)]
    L = [f"dev: {len(per)} articles, {sum(r[1] for r in per)} quote labels",
         f"all: tp/fp/fn {tot} F1 {ce.f1(*tot)}",
         f"{'cause':<52}{'n':>5}  {'batches':>8}  {f'from d{newest}':>10}"]
    for side in ("fn:", "fp:"):
        L.append("missed labels (fn):" if side == "fn:" else "false quotes (fp):")
        rows = sorted(((k, v) for k, v in res["causes"].items() if k.startswith(side)), key=lambda kv: -kv[1])
        L += [f"  {k:<50}{v:>5}  {res['batches'][k]:>8}  {res['newest'][k]:>10}" for k, v in rows]
    return "\n".join(L)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", default=None, help="json file: reuse the predictions saved there (or save them)")
    ap.add_argument("--list", default=None, help="print the examples of causes starting so (fn:, fp:unlabelled)")
    ap.add_argument("--ids", default=None, help="only articles dNNN-dNNN (e.g. d1473-d9999)")
    ap.add_argument("--newest", type=int, default=1473, help="first article id of the newest writer batches")
    args = ap.parse_args(argv)
    arts = ce.cached(args.cache, predictions)
    res = anatomy([a for a in arts if ce.in_ids(a["name"], args.ids)], args.newest)
    ce.print_examples(res["examples"], args.list)
    print(report(res, args.newest))
    print(json.dumps({k: dict(v) for k, v in res.items() if k in ("causes", "newest", "batches")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
