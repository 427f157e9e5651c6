"""Round 43 (xstatusstart43): which measure the story's dated later start is told for is a feature of the learned status.

The story-level start features (story_start_features) tell that some measure starts after `published`, not whether the
rate is that measure's: "Thailand faces a 19% tariff ... The new rates on Thai goods take effect on August 7" and
"Singapore, which faces a 10% tariff" in a story about Thailand's coming rate carried the same story features
(xstatusmodel42).  start_link_features tells them apart by the start sentence's countries and goods.
"""
from datetime import date

from tariffscope.articles.context import Context
from tariffscope.articles.tariff_model import RateView, sentence_starts, start_link_features, status_features


def _view(body: str, rate: str, target: str | None, product: str | None = None) -> RateView:
    ctx = Context.build(body, date(2025, 8, 1))
    si = next(i for i, s in enumerate(ctx.sentences) if rate in s.text)
    start = ctx.sentences[si].text.index(rate)
    fact = {"imposer": "USA", "target": target, "product": product, "status": "in_force"}
    v = RateView(ctx, si, start, start + len(rate), None, fact)
    v.starts = sentence_starts(ctx)
    return v


def test_a_start_told_for_the_rate_target_is_linked():
    body = ("Thai exporters face a 19% US tariff, the White House said. "
            "The new rate on Thai goods takes effect on August 7, officials added.")
    v = _view(body, "19%", "THA")
    assert start_link_features(v) == ["fstart=linked", "rule=in_force&fstart=linked"]
    assert "fstart=linked" in status_features(v)


def test_a_start_told_for_another_partner_is_other():
    body = ("Thailand's exports could fall because of the 19% tariff Washington will apply to Thai goods from August 7. "
            "Thailand is worse off than Singapore, which faces a 10% tariff.")
    assert start_link_features(_view(body, "10%", "SGP")) == ["fstart=other", "rule=in_force&fstart=other"]


def test_a_bare_start_and_a_goods_start():
    bare = "Cambodia was assigned a 19% rate. All of the new rates take effect on August 7."
    assert start_link_features(_view(bare, "19%", "KHM")) == ["fstart=bare", "rule=in_force&fstart=bare"]
    goods = "Washington set a 50% tariff on copper. The copper duty applies from August 7, the order says."
    assert start_link_features(_view(goods, "50%", None, "copper"))[0] == "fstart=linked"


def test_no_feature_without_a_later_start_elsewhere():
    own = "Thai goods will face a 19% tariff from August 7. Exporters said they would cut prices."
    assert start_link_features(_view(own, "19%", "THA")) == []
    passed = "Thai goods face a 19% tariff. The tariff took effect on July 7."
    assert start_link_features(_view(passed, "19%", "THA")) == []


# the rules' reading (tariffs._reported_named): the measure as the subject of reported speech dates the rates before it
def _rules(body: str, published: date) -> set[tuple]:
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from inline import rate_statuses
    return rate_statuses(body, published)


def test_a_reported_start_dates_the_rates_before_it():
    body = ("Trump unveiled new tariffs on Wednesday. Among the highest duties were those on China, at 34 per cent, and "
            "Vietnam, at 46 per cent. A White House official said the reciprocal tariffs would start on April 9.")
    assert _rules(body, date(2025, 4, 3)) == {(34.0, "announced"), (46.0, "announced")}


def test_a_reported_possessive_start_dates_only_the_speaker_measure():
    body = ("Washington's tariffs on Chinese goods now stand at 20%. Beijing hit back with a 34% tariff on all US goods. "
            "China's Ministry of Finance said on Friday that its additional tariffs on American imports would be "
            "imposed from April 10.")
    assert _rules(body, date(2025, 4, 4)) == {(20.0, "in_force"), (34.0, "announced")}


def test_the_speaker_it_is_no_measure():
    body = ("The EU imposes a 25% tariff on US motorcycles. The EU executive said it had received the vote of approval "
            "and expected to start collecting the duties from next week.")
    assert _rules(body, date(2025, 4, 9)) == {(25.0, "in_force")}
