"""Round 23 (branch xstory23): a rate whose own clause tells no status takes the story's reading of the measure.

"China was handed a 34% tariff" or "Japan and South Korea face 25% tariffs" carry no status cue: the rules read them
in force by default, but their status is the measure's, which the story tells (a start dated after `published`, one
already past, none at all). The learned status gets the story's starts crossed with "no cue in the clause"; a rate
whose clause has its own cue ("will impose", "took effect"), or that the rules read otherwise than in force, gets no such
feature, so its decision stays as trained.
"""
from datetime import date

from tariffscope.articles import tariff_model
from tariffscope.articles.context import Context

FACT = {"imposer": "USA", "target": "CHN", "product": None, "rate_pct": 34.0, "status": "in_force"}


def _view(body: str, published: date, rate: str = "34%") -> tariff_model.RateView:
    ctx = Context.build(body, published)
    si = next(i for i, s in enumerate(ctx.sentences) if rate in s.text)
    start = ctx.sentences[si].text.index(rate)
    return tariff_model.RateView(ctx, si, start, start + len(rate), None, dict(FACT))


def test_uncued_rate_reads_the_story_start_after_published():
    body = ("China was handed a 34% tariff on its goods. "
            "The new rates take effect on April 9, the White House said.")
    v = _view(body, date(2025, 4, 3))
    feats = tariff_model.uncued_story_features(v)
    assert feats == ["rule=in_force&nocue&stories=future"]
    assert "rule=in_force&nocue&stories=future" in tariff_model.status_features(v)


def test_uncued_rate_in_a_story_whose_start_is_past_reads_past():
    body = ("Japan and South Korea face 34% tariffs. "
            "The duties took effect on April 9.")
    v = _view(body, date(2025, 5, 2))
    feats = tariff_model.uncued_story_features(v)
    assert feats == ["rule=in_force&nocue&stories=past+started"]


def test_rate_with_its_own_cue_gets_no_story_feature():
    # guard: the clause's own verb decides ("will impose", "took effect"); no story feature moves its near-ties
    ahead = _view("Washington will impose a 34% tariff on Chinese goods from April 9.", date(2025, 4, 3))
    assert tariff_model.uncued_story_features(ahead) == []
    took = _view("A 34% tariff on Chinese goods took effect on Wednesday.", date(2025, 4, 10))
    assert tariff_model.uncued_story_features(took) == []
    assert not any("nocue" in f for f in tariff_model.status_features(took))
    # nor for a rate the rules already read otherwise (their announced or lifted has its own reasons)
    told = _view("China was handed a 34% tariff on its goods.", date(2025, 4, 3))
    told.rule_status = "announced"
    assert tariff_model.uncued_story_features(told) == []
