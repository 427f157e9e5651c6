"""Round 51 (xnoise51): the retrain-spread harness resamples reproducibly and counts flipped facts; the trade-value
decisions can be trained as an average of bootstrap fits (one weight file, scored as before)."""
from retrain_spread import flips, resample

from tariffscope.articles import logreg, train_trade_values


def test_resamples_are_seeded_and_each_in_its_own_order():
    a, b = resample(100, 3, "sub", 0.9), resample(100, 3, "sub", 0.9)
    assert a == b
    assert all(len(r) == 90 and len(set(r)) == 90 for r in a)
    assert a[0] != a[1]
    assert all(len(r) == 100 for r in resample(100, 2, "boot"))


def test_flipped_facts_count_each_fact_one_training_has_and_the_other_lacks():
    one = [{"tariffs": ["a", "b"]}, {"tariffs": ["c"]}]
    two = [{"tariffs": ["a", "x"]}, {"tariffs": ["c"]}]
    assert flips(one, two, "tariffs") == 2
    assert flips(one, one, "tariffs") == 0


def _kind_data():
    return [(["w=exports", f"n{i}"], "exports") for i in range(12)] + \
           [(["w=imports", f"m{i}"], "imports") for i in range(12)] + [(["w=revenue"], "none")] * 6


def test_bagged_trade_decisions_are_one_linear_model_that_reads_the_cue():
    data = {"kind": _kind_data(), "parties": [(["one"], "1"), (["two"], "2")] * 5,
            "year": [(["pub"], "pub"), (["rule"], "rule")] * 5}
    model = train_trade_values.fit(data, bags=3)
    assert isinstance(model.kind, logreg.LogReg) and len(model.kind.intercept) == 3
    assert model.kind.predict(["w=exports"]) == "exports"
    assert model.kind.predict(["w=imports"]) == "imports"
    assert model.kind.predict(["w=revenue"]) == "none"
    assert logreg.LogReg.from_dict(model.kind.to_dict()).predict(["w=imports"]) == "imports"
