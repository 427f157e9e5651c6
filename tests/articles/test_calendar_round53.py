"""Round 53 (xcalendar53): where the story's `published` date falls against the real measure a rate names
(measures_calendar.csv) is a feature of the learned status (tariff_model.calendar_features); nothing where no measure
of the calendar matches the rate or the story has no date."""
from __future__ import annotations

from datetime import date

from tariffscope.articles import measures_calendar, tariff_model
from tariffscope.articles.context import Context


def _view(body: str, published: date | None, fact: dict, rate: str) -> tariff_model.RateView:
    ctx = Context.build(body, published)
    si = next(i for i, s in enumerate(ctx.sentences) if rate in s.text)
    start = ctx.sentences[si].text.index(rate)
    return tariff_model.RateView(ctx, si, start, start + len(rate), None, fact)


STEEL = {"imposer": "USA", "target": None, "product": "steel", "rate_pct": 25.0, "status": "in_force"}


def test_the_25pc_steel_tariff_in_a_july_2025_story_was_superseded():
    v = _view("Buyers of the 25% steel tariff era are adjusting. Mills said orders were slow.", date(2025, 7, 15),
              STEEL, "25%")
    assert tariff_model.calendar_features(v) == ["cal=ended", "rule=in_force&cal=ended"]
    assert "cal=ended" in tariff_model.status_features(v)
    # the same words in a story of April 2025: the 25% applied then
    early = _view("Buyers of the 25% steel tariff era are adjusting.", date(2025, 4, 15), STEEL, "25%")
    assert tariff_model.calendar_features(early) == ["cal=in_force", "rule=in_force&cal=in_force"]


def test_an_august_reciprocal_rate_is_announced_before_its_start_and_in_force_after():
    fact = {"imposer": "USA", "target": "VNM", "product": None, "rate_pct": 20.0, "status": "announced"}
    body = "Vietnam faces a 20% tariff under the order. Exporters in Ho Chi Minh City are worried."
    assert tariff_model.calendar_features(_view(body, date(2025, 8, 2), fact, "20%"))[0] == "cal=announced"
    assert tariff_model.calendar_features(_view(body, date(2025, 9, 2), fact, "20%"))[0] == "cal=in_force"


def test_the_uk_steel_rate_kept_at_25pc_beats_every_partners_25pc():
    assert measures_calendar.phase("USA", "GBR", "steel", 25.0, date(2025, 7, 1)) == "in_force"
    assert measures_calendar.phase("USA", "DEU", "steel", 25.0, date(2025, 7, 1)) == "ended"
    assert measures_calendar.phase("USA", "CHN", None, 145.0, date(2025, 6, 1)) == "ended"


def test_no_feature_without_a_matching_measure_or_a_date():
    odd = {"imposer": "USA", "target": "VNM", "product": None, "rate_pct": 23.0, "status": "announced"}
    body = "Vietnam faces a 23% tariff under the order."
    assert tariff_model.calendar_features(_view(body, date(2025, 8, 2), odd, "23%")) == []
    fact = dict(odd, rate_pct=20.0)
    assert tariff_model.calendar_features(_view(body.replace("23", "20"), None, fact, "20%")) == []
