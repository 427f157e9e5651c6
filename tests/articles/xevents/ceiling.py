"""How many status-only misses sit on measures mentioned more than once (the ceiling of an event table)."""
import json, sys
from collections import Counter
from tests.articles.articles_scoring import same_product
from tariffscope.articles.timeline import same_measure

res = json.load(open(sys.argv[1]))
K = ("imposer", "target", "product", "rate_pct", "status")


def k(f):
    return (f["imposer"], f["target"], f["product"], round(float(f["rate_pct"]), 2), f["status"])


tot = Counter()
pairs = Counter()
ex = []
for a in res:
    got = [k(f) for f in a["got"]]
    want = [k(f) for f in a["want"]]
    gotset = set(got)
    for w in want:
        if w in gotset:
            continue
        # a prediction equal but for status
        cand = [g for g in got if g[0] == w[0] and g[1] == w[1] and g[3] == w[3] and
                (g[2] == w[2] or (g[2] and w[2] and same_product(g[2], w[2]))) and g[4] != w[4]]
        if not cand:
            continue
        tot["status_only"] += 1
        g = cand[0]
        gf = {"imposer": g[0], "target": g[1], "product": g[2], "rate_pct": g[3]}
        mentions = {tuple(f["span"]) for f in a["pre"] if same_measure(f, gf)}
        strict = {tuple(f["span"]) for f in a["pre"] if f["imposer"] == g[0] and f["rate_pct"] == g[3]
                  and f["target"] == g[1]}
        if len(mentions) > 1:
            tot["multi"] += 1
            sts = {f["status"] for f in a["pre"] if same_measure(f, gf)}
            if w[4] in sts:
                tot["multi_label_status_among_mentions"] += 1
        if len(strict) > 1:
            tot["multi_strict"] += 1
        pairs[(g[4], w[4], len(mentions) > 1)] += 1
        ex.append((a["name"], g, w[4], len(mentions)))
print(dict(tot))
for p, n in pairs.most_common(20):
    print(p, n)
if len(sys.argv) > 2:
    for e in ex:
        print(e)
