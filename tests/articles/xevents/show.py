import json, sys, random
from tests.articles.articles_scoring import same_product
from tariffscope.articles.timeline import same_measure
from tariffscope.articles import events
res = json.load(open(sys.argv[1]))
def k(f): return (f["imposer"], f["target"], f["product"], round(float(f["rate_pct"]), 2), f["status"])
out=[]
for a in res:
    got=[k(f) for f in a["got"]]; want=[k(f) for f in a["want"]]; gs=set(got)
    pub = a["got"] and None
    for w in want:
        if w in gs: continue
        cand=[g for g in got if g[0]==w[0] and g[1]==w[1] and g[3]==w[3] and (g[2]==w[2] or (g[2] and w[2] and same_product(g[2],w[2]))) and g[4]!=w[4]]
        if not cand: continue
        g=cand[0]; gf={"imposer":g[0],"target":g[1],"product":g[2],"rate_pct":g[3]}
        ms=[f for f in a["pre"] if same_measure(f,gf)]
        spans={tuple(f["span"]) for f in ms}
        if len(spans)<2: continue
        out.append((a["name"], g, w[4], ms))
random.seed(int(sys.argv[2]) if len(sys.argv)>2 else 1)
for name,g,lab,ms in random.sample(out, min(len(out), 30)):
    print(f"### {name} pred={g} LABEL={lab}")
    seen=set()
    for f in ms:
        if tuple(f["span"]) in seen: continue
        seen.add(tuple(f["span"]))
        print(f"   [{f['status']}|{f['target']}|{f['product']}] {f['sentence'][:260]}")
