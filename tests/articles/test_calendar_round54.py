"""Round 54 (xcalrows54): the calendar made whole where round 53 left it partial -- the April 2025 pause from
2025-04-10, the partners' own rows (deal ceilings, the Greenland tariffs of January 2026, the 232 wood rates of the UK,
the EU and Japan), `cal_own=` when only the every-partner row matched though the partner has its own measure, and the
calendar read at the learned target where the learned target decision moved it."""
from __future__ import annotations

from datetime import date

from tariffscope.articles import measures_calendar, tariff_model
from tariffscope.articles.context import Context


def _view(body: str, published: date | None, fact: dict, rate: str) -> tariff_model.RateView:
    ctx = Context.build(body, published)
    si = next(i for i, s in enumerate(ctx.sentences) if rate in s.text)
    start = ctx.sentences[si].text.index(rate)
    return tariff_model.RateView(ctx, si, start, start + len(rate), None, fact)


def _fact(target: str | None, rate: float, product: str | None = None, status: str = "in_force") -> dict:
    return {"imposer": "USA", "target": target, "product": product, "rate_pct": rate, "status": status}


def test_new_zealands_10pc_after_its_own_15pc_took_effect_says_so():
    body = "New Zealand exporters had paid a 10% tariff since April. Wellington is seeking a better deal."
    feats = tariff_model.calendar_features(_view(body, date(2025, 8, 20), _fact("NZL", 10.0), "10%"))
    assert feats[:2] == ["cal=in_force", "rule=in_force&cal=in_force"]       # the every-partner baseline
    assert "cal_own=in_force" in feats                                        # New Zealand's own 15% from 7 August
    # Australia has no rate of its own: the baseline is Australia's, no cal_own
    aus = _view(body.replace("New Zealand", "Australian"), date(2025, 8, 20), _fact("AUS", 10.0), "10%")
    assert not any(f.startswith("cal_own") for f in tariff_model.calendar_features(aus))


def test_the_uk_spared_the_50pc_on_steel_has_its_own_25pc():
    assert measures_calendar.own_phase("USA", "GBR", "steel", 50.0, date(2025, 6, 10)) == "in_force"
    assert measures_calendar.own_phase("USA", "DEU", "steel", 50.0, date(2025, 6, 10)) is None
    # the UK's own row matched: no cal_own
    assert measures_calendar.own_phase("USA", "GBR", "steel", 25.0, date(2025, 6, 10)) is None


def test_april_rates_in_force_on_the_9th_paused_from_the_10th():
    assert measures_calendar.phase("USA", "THA", None, 36.0, date(2025, 4, 9)) == "in_force"
    assert measures_calendar.phase("USA", "THA", None, 36.0, date(2025, 4, 10)) == "paused"


def test_the_greenland_tariffs_and_the_deal_ceilings():
    assert measures_calendar.phase("USA", "DNK", None, 10.0, date(2026, 1, 19)) == "announced"
    assert measures_calendar.phase("USA", "DNK", None, 25.0, date(2026, 1, 19)) == "threatened"
    assert measures_calendar.phase("USA", "DNK", None, 10.0, date(2026, 1, 26)) == "ended"
    assert measures_calendar.phase("USA", "EUU", "pharmaceuticals", 15.0, date(2025, 9, 1)) == "announced"
    assert measures_calendar.phase("USA", None, "pharmaceuticals", 100.0, date(2025, 10, 6)) == "paused"
    # a rate no measure has gives nothing
    assert measures_calendar.phase("USA", "DNK", None, 12.0, date(2026, 1, 19)) is None


def test_the_calendar_is_read_again_at_the_learned_target():
    body = "The 19% rate on its goods starts next week. Officials in Manila welcomed it."
    v = _view(body, date(2025, 8, 2), _fact("PHL", 19.0, status="announced"), "19%")
    sfeats = ["tense=present"] + tariff_model.calendar_features(v)
    assert "cal=announced" in sfeats                                          # the Philippines' 19% from 7 August
    assert tariff_model.relearned_calendar(v, sfeats, "PHL", None) is sfeats
    moved = tariff_model.relearned_calendar(v, sfeats, "CHN", None)           # China has no 19% measure
    assert moved == ["tense=present"]


def test_a_partners_own_measure_announced_later_is_not_the_one_a_fact_names():
    # Germany's Greenland 10% of January 2026 is not the baseline 10% Germany paid in 2025
    assert measures_calendar.phase("USA", "DEU", None, 10.0, date(2025, 5, 1)) == "in_force"
    # Japan's own 15% (ended by the ruling) still decides over every partner's Section 122 15% of the next day
    assert measures_calendar.phase("USA", "JPN", None, 15.0, date(2026, 2, 22)) == "ended"
