"""Round 52 (xstatusaway52): a removal or pause told of the rate's measure in a rate-free sentence next to the rate,
taking the measure back by the rate's own noun, is a feature of the learned status (tariff_model.away_status_features)."""
from __future__ import annotations

from datetime import date

from tariffscope.articles import tariff_model
from tariffscope.articles.context import Context

FACT = {"imposer": "CAN", "target": "USA", "product": "steel", "rate_pct": 25.0, "status": "in_force"}


def _view(body: str, rate: str = "25%", status: str = "in_force") -> tariff_model.RateView:
    ctx = Context.build(body, date(2025, 6, 4))
    si = next(i for i, s in enumerate(ctx.sentences) if rate in s.text)
    start = ctx.sentences[si].text.index(rate)
    return tariff_model.RateView(ctx, si, start, start + len(rate), None, dict(FACT, status=status))


def test_a_pause_told_next_by_the_rates_own_noun():
    v = _view("Canada set a 25% surtax on U.S. steel in March. The surtax was suspended on Friday, officials said. "
              "Talks go on.")
    assert tariff_model.away_status_features(v) == ["away=paused", "rule=in_force&after_away=paused"]
    assert "away=paused" in tariff_model.status_features(v)


def test_a_removal_told_before_the_rate():
    v = _view("Ottawa said the duties would be lifted next week. Canada has charged 25% duties on U.S. steel since "
              "March.", status="in_force")
    assert tariff_model.away_status_features(v) == ["away=lifted", "rule=in_force&before_away=lifted"]


def test_no_feature_where_the_sentence_names_a_rate_of_its_own_or_another_measure():
    own_rate = _view("Canada set a 25% surtax on U.S. steel. The 10% surtax on aluminum was suspended on Friday.")
    assert tariff_model.away_status_features(own_rate) == []
    other_noun = _view("Canada set a 25% surtax on U.S. steel. The talks were suspended on Friday.")
    assert tariff_model.away_status_features(other_noun) == []
    plain = _view("Canada set a 25% surtax on U.S. steel. Steelmakers welcomed the surtax.")
    assert tariff_model.away_status_features(plain) == []


def test_no_feature_two_sentences_away_in_another_paragraph():
    v = _view("Canada set a 25% surtax on U.S. steel.\n\nExporters were worried.\n\nThe surtax was suspended later.")
    assert tariff_model.away_status_features(v) == []
