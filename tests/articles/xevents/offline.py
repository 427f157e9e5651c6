"""Score a settle variant on dumped pre-settle facts: python offline.py DUMP [variant] [--diff]."""
import copy, json, sys
from datetime import date
from tests.articles.corpus_eval import _match
from tests.articles.articles_scoring import key as skey
from tariffscope.articles import read_article, timeline, events
from tariffscope.articles.context import Context

dump = sys.argv[1]
variant = sys.argv[2] if len(sys.argv) > 2 else "new"
diff = "--diff" in sys.argv
res = json.load(open(dump))
CTX = {}


def ctx_of(a):
    if a["src"] not in CTX:
        art = read_article(__import__("pathlib").Path(a["src"]))
        CTX[a["src"]] = Context.build(art.body, art.published)
    return CTX[a["src"]]


def settle_variant(ctx, facts):
    if variant == "off":
        events.measure_status = lambda *a: None
    return timeline.settle(ctx, facts)   # the worktree's settle (edited)


tot = [0, 0, 0]
base_tot = [0, 0, 0]
for a in res:
    ctx = ctx_of(a)
    facts = settle_variant(ctx, copy.deepcopy(a["pre"]))
    w = [skey("tariffs", f) for f in a["want"]]
    g = [skey("tariffs", f) for f in facts]
    gb = [skey("tariffs", f) for f in a["got"]]
    hit, extra, missing = _match("tariffs", g, w)
    bh, bextra, bmissing = _match("tariffs", gb, w)
    for t, v in ((tot, (hit, len(extra), len(missing))), (base_tot, (bh, len(bextra), len(bmissing)))):
        for i in range(3):
            t[i] += v[i]
    if diff and (hit, len(extra)) != (bh, len(bextra)):
        print(f"{a['name']}: tp {bh}->{hit} fp {len(bextra)}->{len(extra)}")
        for k in set(extra) - set(bextra):
            print("   + extra", k)
        for k in set(bextra) - set(extra):
            print("   - extra", k)


def f1(tp, fp, fn):
    return round(2 * tp / (2 * tp + fp + fn), 4)


print("base(dumped got)", base_tot, f1(*base_tot))
print("variant        ", tot, f1(*tot))
