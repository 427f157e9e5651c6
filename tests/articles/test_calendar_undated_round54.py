"""Round 54 (xcalaug54): the learned status is trained on each rate the calendar of measures dates twice, as read and
as a story with no date reads it (the calendar block left out), so the weights of the text's own cues stay whole for
undated stories (users paste text; `tariffscope extract` reads files without a date)."""
from __future__ import annotations

from datetime import date

from tariffscope.articles import tariff_model, train_tariffs
from tariffscope.articles.context import Context

STEEL = {"imposer": "USA", "target": None, "product": "steel", "rate_pct": 25.0, "status": "in_force"}
BODY = "Buyers of the 25% steel tariff era are adjusting. Mills said orders were slow."


def _features(body: str, published: date | None, fact: dict, rate: str) -> list[str]:
    ctx = Context.build(body, published)
    si = next(i for i, s in enumerate(ctx.sentences) if rate in s.text)
    start = ctx.sentences[si].text.index(rate)
    return tariff_model.status_features(tariff_model.RateView(ctx, si, start, start + len(rate), None, fact))


def test_a_dated_rate_the_calendar_knows_is_learned_as_read_and_undated():
    dated = _features(BODY, date(2025, 7, 15), STEEL, "25%")
    rows = train_tariffs._status_rows(dated, "lifted", "both")
    assert [y for _, y in rows] == ["lifted", "lifted"]
    assert rows[0][0] == dated and "cal=ended" in dated
    # the undated copy is the rate as the same story with no date gives it
    assert rows[1][0] == _features(BODY, None, STEEL, "25%")


def test_the_undated_copy_drops_only_the_calendar_block():
    undated = tariff_model.without_calendar(_features(BODY, date(2025, 7, 15), STEEL, "25%"))
    assert "rule=in_force" in undated and "a:steel" in undated
    assert not any(f.startswith("cal=") or "&cal=" in f for f in undated)


def test_a_rate_no_measure_has_is_one_row():
    fact = dict(STEEL, rate_pct=22.0)
    feats = _features("Buyers of the 22% steel tariff era are adjusting.", date(2025, 7, 15), fact, "22%")
    assert train_tariffs._status_rows(feats, "in_force", "both") == [(feats, "in_force")]


def test_the_modes_as_read_and_undated_only():
    dated = _features(BODY, date(2025, 7, 15), STEEL, "25%")
    assert train_tariffs._status_rows(dated, "lifted", "with") == [(dated, "lifted")]
    assert train_tariffs._status_rows(dated, "lifted", "without") == [(tariff_model.without_calendar(dated), "lifted")]
    assert train_tariffs.CALENDAR_ROWS == "both"
