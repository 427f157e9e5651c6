"""Held-out pre-settle tariff facts per dev article (for offline prototyping of timeline.settle)."""
import copy, json, sys
from tests.articles import corpus_eval as ce
from tariffscope.articles import extract_facts, read_article, timeline, status_model, tariff_model, trade_model

mode = sys.argv[1]  # article | batch | ids
out_path = sys.argv[2]
pairs = ce.split_files("dev")
rec = {}
orig = timeline.settle
cur = {}


def spy(ctx, facts):
    cur["facts"] = [{k: v for k, v in f.items() if k != "rule_features"} for f in copy.deepcopy(facts)]
    return orig(ctx, facts)


timeline.settle = spy
import tariffscope.articles.tariffs as T
T.timeline.settle = spy


def score(src, exp):
    got = extract_facts(read_article(src))["tariffs"]
    want = json.loads(exp.read_text(encoding="utf-8")).get("tariffs", [])
    return {"name": src.name, "src": str(src), "pre": cur.pop("facts", []), "got": got, "want": want}


status, tariff = ce.default_status("dev"), ce.default_tariff("dev")
modes = {status_model: status, tariff_model: tariff, trade_model: "rules"}
fold_of = None
if mode == "batch":
    fold_of = ce.style_folds(pairs, 5, "batch")
elif mode == "ids":
    fold_of = [0 if ce.in_ids(s.name, "d319-d390") else 1 for s, _ in pairs]
ce._use(modes)
res = ce.held_out_per_article(pairs, 5, ce._learned_parts(status, tariff, "rules"), modes, score, fold_of)
if mode == "ids":
    res = [r for r in res if ce.in_ids(r["name"], "d319-d390")]
json.dump(res, open(out_path, "w"), default=str)
print("done", len(res))
