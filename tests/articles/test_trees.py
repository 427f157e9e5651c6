"""Gradient-boosted trees as a learned decision's form (trees.py): fitted by scikit-learn, applied by hand."""
from __future__ import annotations

import json

import pytest

from tariffscope.articles import tariff_model, train_tariffs, trees
from tariffscope.articles.logreg import LogReg

# the rules' status crossed with the tense: "announced" is right with a future clause, "in_force" without one --
# an interaction of two features that one linear weight per feature cannot express
CROSSED = ([(["rule=announced", "future"], "announced")] * 30 + [(["rule=announced"], "in_force")] * 30
           + [(["rule=in_force", "future"], "in_force")] * 30 + [(["rule=in_force"], "announced")] * 30)


def test_trees_learn_an_interaction_a_linear_model_cannot():
    model = trees.fit(CROSSED, n_trees=20, depth=2)
    for feats, label in CROSSED[::30]:
        assert model.predict(feats) == label
    linear = train_tariffs.fit_one(CROSSED)
    assert sum(linear.predict(f) == y for f, y in CROSSED) <= 90     # at best three of the four cells


def test_trees_score_as_scikit_learn_does_and_survive_json():
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    data = CROSSED + [(["rule=lifted", "future"], "lifted")] * 10 + [(["rule=lifted"], "lifted")] * 5
    model = trees.fit(data, n_trees=15, depth=2, digits=None)
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f, _ in data])
    clf = GradientBoostingClassifier(n_estimators=15, max_depth=2, min_samples_leaf=5, random_state=0)
    clf.fit(x, [y for _, y in data])
    shipped = trees.from_dict(json.loads(json.dumps(model.to_dict())))
    for i in (0, 30, 60, 90, 120, 130):
        want = dict(zip(clf.classes_, clf.predict_proba(x[i])[0]))
        got = shipped.proba(data[i][0] + ["a feature never seen"])
        assert got == pytest.approx(want, abs=1e-9)


def test_a_binary_tree_model_scores_log_odds_and_one_label_fits_nothing():
    data = [(["here", "adj=True"], "1")] * 20 + [(["here"], "0")] * 20 + [(["prev1"], "0")] * 20
    model = trees.fit(data, n_trees=10, depth=2)
    assert model.score(["here", "adj=True"]) > 0 > model.score(["prev1"])
    assert model.proba(["here", "adj=True"])["1"] > 0.5
    assert trees.fit([(["x"], "1")] * 3) is None


def test_a_decision_fitted_as_trees_ships_in_its_own_form(monkeypatch):
    monkeypatch.setattr(train_tariffs, "examples", lambda records: {d: CROSSED for d in tariff_model.DECISIONS})
    model = train_tariffs.fit([], decisions=("status", "extra"), forms={"status": "trees"})
    assert isinstance(model.get("status"), trees.Trees) and isinstance(model.get("extra"), LogReg)
    assert isinstance(trees.from_dict(model.get("extra").to_dict()), LogReg)
    assert trees.from_dict(model.get("status").to_dict()).classes == ["announced", "in_force"]
