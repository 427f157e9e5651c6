"""The learned tariff decisions (tariff_model.py): candidates, features and JSON weights applied by hand."""
from __future__ import annotations

from datetime import date

import pytest

from tariffscope.articles import Article, extract_facts, tariff_model
from tariffscope.articles.context import Context
from tariffscope.articles.logreg import LogReg
from tariffscope.articles.tariffs import _products_with_pos

BODY = ("Canada said on Tuesday it will impose a 25% tariff on U.S. steel. "
        "Mexico has not answered yet.")


def _view():
    ctx = Context.build(BODY, date(2025, 3, 4))
    fact = {"imposer": "CAN", "target": "USA", "product": "steel", "rate_pct": 25.0, "status": "announced"}
    start = BODY.index("25%")
    return ctx, fact, tariff_model.RateView(ctx, 0, start, start + 3, None, fact)


def test_logreg_binary_and_multinomial():
    binary = LogReg({"a": 0, "b": 1}, [[2.0, -3.0]], [0.5], ["0", "1"])
    assert binary.score(["a"]) == 2.5 and binary.predict(["a"]) == "1" and binary.predict(["a", "b"]) == "0"
    assert binary.proba(["zzz"])["1"] == pytest.approx(0.6225, abs=1e-4)
    multi = LogReg({"x": 0}, [[1.0], [0.0], [-1.0]], [0.0, 0.2, 0.0], ["announced", "in_force", "lifted"])
    assert multi.predict(["x"]) == "announced" and multi.predict([]) == "in_force"


def test_candidates_name_every_party_and_product_of_the_sentence():
    _, _, v = _view()
    targets = tariff_model.target_candidates(v)
    assert {"USA", None} <= set(targets) and "rule=True" in targets["USA"] and "p1=on" in targets["USA"]
    products = tariff_model.product_candidates(v, _products_with_pos)
    assert set(products) == {"steel", None} and "side=after" in products["steel"]
    assert "cue:will" in tariff_model.status_features(v)


def test_a_model_decides_and_the_rules_stand_without_one():
    ctx, fact, _ = _view()
    start = BODY.index("25%")
    # the rules' "threatened" (not a modal's "announced", which stands: next test) is the model's to change
    facts = [dict(fact, status="threatened", span=[0, ctx.sentences[0].end], _rate=(start, start + 3, None))]
    tariff_model.decide(ctx, facts, _products_with_pos, None)
    assert facts[0]["product"] == "steel"
    prefer_none = LogReg({"none": 0}, [[5.0]], [-1.0], ["0", "1"])
    always_force = LogReg({}, [[0.0], [1.0]], [0.0, 1.0], ["announced", "in_force"])
    model = tariff_model.TariffModel({"product": prefer_none, "status": always_force})
    tariff_model.decide(ctx, facts, _products_with_pos, model)
    assert (facts[0]["product"], facts[0]["status"], facts[0]["target"]) == (None, "in_force", "USA")


def test_a_future_modal_governing_the_rate_keeps_the_rules_announced():
    ctx, fact, _ = _view()
    start = BODY.index("25%")
    facts = [dict(fact, span=[0, ctx.sentences[0].end], _rate=(start, start + 3, None))]
    always_force = LogReg({}, [[0.0], [1.0]], [0.0, 1.0], ["announced", "in_force"])
    tariff_model.decide(ctx, facts, _products_with_pos, tariff_model.TariffModel({"status": always_force}))
    assert facts[0]["status"] == "announced"        # "it will impose a 25% tariff"


def test_extract_facts_uses_the_model_put_in_place():
    art = Article(title="t", published=date(2025, 3, 4), url=None, body=BODY, source_file="t.txt", sha256="x", n_paragraphs=1)
    before = extract_facts(art)["tariffs"]
    drop_all = LogReg({}, [[0.0]], [-10.0], ["0", "1"])
    tariff_model.use(tariff_model.TariffModel({"keep": drop_all}))
    try:
        assert extract_facts(art)["tariffs"] == []
    finally:
        tariff_model.use(False)
    assert extract_facts(art)["tariffs"] == before and len(before) == 1


def test_extra_candidates_are_kept_only_when_the_model_says_so():
    body = ("The United States imposed a 39% tariff on Swiss goods on Thursday. "
            "By contrast, the deal with Britain left it at 10%.")
    art = Article(title="t", published=date(2025, 8, 8), url=None, body=body, source_file="t.txt", sha256="x", n_paragraphs=1)
    keep_all = LogReg({}, [[0.0]], [10.0], ["0", "1"])
    tariff_model.use(None)
    try:
        rules = {(t["target"], t["rate_pct"]) for t in extract_facts(art)["tariffs"]}
        tariff_model.use(tariff_model.TariffModel({"extra": keep_all}))
        learned = {(t["target"], t["rate_pct"]) for t in extract_facts(art)["tariffs"]}
    finally:
        tariff_model.use(False)
    assert rules == {("CHE", 39.0)}                 # the rules see no tariff word near "10%"
    assert learned == {("CHE", 39.0), ("GBR", 10.0)}


def test_the_shipped_weights_load():
    model = tariff_model._shipped()
    assert model is not None and model.get("extra") is not None and 0 < model.extra_threshold < 1


def test_status_features_cross_the_nearest_cue_and_the_tense_with_the_rules_status():
    _, _, v = _view()         # "... it will impose a 25% tariff ...", the rules' status announced
    feats = tariff_model.status_features(v)
    assert {"cb:will", "ncb:impose", "rule=announced&ncb=impose", "rule=announced&tense=future"} <= set(feats)
    body = "The 10% tariff on Mexican tomatoes was imposed on Monday."
    ctx = Context.build(body, date(2025, 7, 15))
    fact = {"imposer": "USA", "target": "MEX", "product": "tomatoes", "rate_pct": 10.0, "status": "in_force"}
    start = body.index("10%")
    past = tariff_model.status_features(tariff_model.RateView(ctx, 0, start, start + 3, None, fact))
    assert {"nca:imposed", "rule=in_force&nca=imposed", "rule=in_force&stense=past", "tense=present"} <= set(past)
    assert not any(f.startswith("ncb:") for f in past)



def test_each_decision_is_fitted_with_its_own_regularisation(monkeypatch):
    from tariffscope.articles import train_tariffs

    seen = {}
    monkeypatch.setattr(train_tariffs, "examples", lambda records: {d: [([d], "0"), ([d], "1")] for d in tariff_model.DECISIONS})
    monkeypatch.setattr(train_tariffs, "fit_one", lambda data, c=1.0: seen.setdefault(data[0][0][0], c))
    train_tariffs.fit([], decisions=("extra", "status"))
    assert seen == {"extra": 1.0, "status": train_tariffs.DECISION_C["status"]} and train_tariffs.DECISION_C["status"] < 1
    seen.clear()
    train_tariffs.fit([], c=2.0, decisions=("extra", "status"))
    assert seen == {"extra": 2.0, "status": 2.0}


def test_averaged_logregs_score_as_the_mean_of_their_scores():
    from tariffscope.articles.logreg import average

    a = LogReg({"x": 0, "y": 1}, [[2.0, -1.0]], [0.5], ["0", "1"])
    b = LogReg({"x": 0, "z": 1}, [[0.0, 3.0]], [-0.5], ["0", "1"])
    mean = average([a, b])
    for feats in (["x"], ["y", "z"], ["x", "y", "z"], []):
        assert mean.score(feats) == pytest.approx((a.score(feats) + b.score(feats)) / 2)


def test_bagged_fit_keeps_every_label_and_is_reproducible():
    from tariffscope.articles.logreg import fit_bagged

    # a rare label (one example of 41) that a plain bootstrap would often leave out
    data = [(["will"], "announced")] * 20 + [(["took"], "in_force")] * 20 + [(["lifted"], "lifted")]
    one, two = fit_bagged(data, bags=5), fit_bagged(data, bags=5)
    assert one.classes == ["announced", "in_force", "lifted"] and one.coef == two.coef
    assert one.predict(["will"]) == "announced" and one.predict(["took"]) == "in_force"


def test_status_band_keeps_the_rules_reading_in_a_near_tie():
    sm = LogReg({"x": 0}, [[0.1], [0.0]], [0.0, 0.0], ["announced", "in_force"])   # announced by a hair
    assert tariff_model._learned_status(sm, ["x"], "in_force", 0.0) == "announced"
    assert tariff_model._learned_status(sm, ["x"], "in_force", 0.1) == "in_force"
    sure = LogReg({"x": 0}, [[3.0], [0.0]], [0.0, 0.0], ["announced", "in_force"])
    assert tariff_model._learned_status(sure, ["x"], "in_force", 0.1) == "announced"


def test_status_features_read_the_storys_starts_and_the_rates_other_mentions():
    body = ("Trump signed an order putting a 25% tariff on Indian goods. "
            "The 25% tariff takes effect on Aug. 27, the White House said.")
    ctx = Context.build(body, date(2025, 8, 7))
    fact = {"imposer": "USA", "target": "IND", "product": None, "rate_pct": 25.0, "status": "in_force"}
    start = body.index("25%")
    lede = tariff_model.RateView(ctx, 0, start, start + 3, None, fact)
    assert {"story=future", "rule=in_force&story=future"} <= set(tariff_model.story_start_features(lede))
    second = body.index("25%", start + 3) - ctx.sentences[1].start
    groups = {(0, start): [dict(fact)], (ctx.sentences[1].start, second): [dict(fact, status="announced")]}
    restated = tariff_model._restatements(groups)
    assert restated == {(0, start): ("announced",), (ctx.sentences[1].start, second): ("in_force",)}
    lede.restated = restated[(0, start)]
    assert "rule=in_force&restated=announced" in tariff_model.restatement_features(lede)
    took = Context.build("The 25% tariff took effect on Aug. 1.", date(2025, 8, 7))
    assert tariff_model._story_starts(took.body, took.published) == ("past", "started")


def test_status_features_read_an_earlier_rate_the_story_replaces():
    body = ("Washington had first announced a 49% levy on Cambodian goods in April. "
            "Cambodian goods now pay 19% under the deal.")
    ctx = Context.build(body, date(2025, 8, 1))
    old = {"imposer": "USA", "target": "KHM", "product": None, "rate_pct": 49.0, "status": "announced"}
    start = body.index("49%")
    second = body.index("19%") - ctx.sentences[1].start
    groups = {(0, start): [dict(old)], (ctx.sentences[1].start, second): [dict(old, rate_pct=19.0, status="in_force")]}
    assert tariff_model._other_rates(groups) == set(groups)
    first = tariff_model.RateView(ctx, 0, start, start + 3, None, old)
    first.other_rate = True
    feats = tariff_model.superseded_features(first)
    assert {"earlier=first&other_rate=True", "rule=announced&earlier&other_rate=True"} <= set(feats)
    alone = {(0, start): [dict(old)]}
    assert tariff_model._other_rates(alone) == set()


def test_status_features_read_the_start_told_next_to_the_rate():
    body = ("Switzerland faces a 39% tariff on its goods. "
            "The new rates will take effect on Aug. 7, the White House said. "
            "Talks go on.")
    ctx = Context.build(body, date(2025, 8, 1))
    fact = {"imposer": "USA", "target": "CHE", "product": None, "rate_pct": 39.0, "status": "in_force"}
    start = body.index("39%")
    assert tariff_model.sentence_starts(ctx) == [None, "future", None]
    v = tariff_model.RateView(ctx, 0, start, start + 3, None, fact)
    v.starts = tariff_model.sentence_starts(ctx)
    assert tariff_model.nearby_start_features(v) == ["near_start=future", "rule=in_force&after_start=future"]
    # the same start told three sentences away is no longer the measure's: no feature at all
    far = tariff_model.RateView(ctx, 0, start, start + 3, None, fact)
    far.starts = [None, None, None, "future"]
    assert tariff_model.nearby_start_features(far) == []
    late = Context.build(body, date(2025, 8, 8))          # read on Aug. 8, the start has passed
    assert tariff_model.sentence_starts(late)[1] == "past"
    took = Context.build("Goods now pay 39%. The tariff took effect last week.", date(2025, 8, 8))
    assert tariff_model.sentence_starts(took) == [None, "started"]
