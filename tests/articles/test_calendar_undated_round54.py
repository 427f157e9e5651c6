"""Round 54 (xcalaug54): a story with no date (users paste text; `tariffscope extract` reads files without a date) has
its learned status decided by a second status model, fitted on the same rows with the calendar block left out, so the
weights of the text's own cues are whole there; a dated story's status is the calendar-aware model's as before."""
from __future__ import annotations

from datetime import date

from tariffscope.articles import tariff_model, train_tariffs
from tariffscope.articles.context import Context
from tariffscope.articles.logreg import LogReg

from tests.articles.inline import tariff_tuples

STEEL = {"imposer": "USA", "target": None, "product": "steel", "rate_pct": 25.0, "status": "in_force"}
BODY = "Buyers of the 25% steel tariff era are adjusting. Mills said orders were slow."
CAMBODIA = "Cambodia has won a 19% tariff rate on the goods it ships to the United States."


def _view(body: str, published: date | None, fact: dict, rate: str) -> tariff_model.RateView:
    ctx = Context.build(body, published)
    si = next(i for i, s in enumerate(ctx.sentences) if rate in s.text)
    start = ctx.sentences[si].text.index(rate)
    return tariff_model.RateView(ctx, si, start, start + len(rate), None, fact)


def _two_models(dated: str, undated: str | None) -> tariff_model.TariffModel:
    models = {"status": LogReg.constant(dated)}
    if undated:
        models[tariff_model.UNDATED_STATUS] = LogReg.constant(undated)
    return tariff_model.TariffModel(models)


def test_an_undated_story_is_read_by_the_undated_status_model(monkeypatch):
    monkeypatch.setattr(tariff_model, "_override", [_two_models("announced", "in_force")])
    assert ("USA", "KHM", None, 19.0, "in_force") in tariff_tuples(CAMBODIA)
    # the same story dated: the calendar-aware model decides, not the undated one
    assert ("USA", "KHM", None, 19.0, "announced") in tariff_tuples(CAMBODIA, date(2025, 9, 1))


def test_a_model_file_without_the_undated_model_reads_every_story_as_before():
    model = _two_models("announced", None)
    assert tariff_model.status_model_of(model, _view(BODY, None, STEEL, "25%")) is model.get("status")


def test_the_undated_rows_drop_only_the_calendar_block():
    dated = tariff_model.status_features(_view(BODY, date(2025, 7, 15), STEEL, "25%"))
    assert "cal=ended" in dated
    undated = tariff_model.without_calendar(dated)
    assert undated == tariff_model.status_features(_view(BODY, None, STEEL, "25%"))
    assert "rule=in_force" in undated and not any(f.startswith("cal=") or "&cal=" in f for f in undated)


def test_the_undated_model_is_fitted_on_the_status_rows_without_the_calendar(monkeypatch):
    rows = [(["cal=ended", "rule=in_force&cal=ended", "b:the"], "lifted"), (["b:a"], "in_force")]
    monkeypatch.setattr(train_tariffs, "examples", lambda records: {d: rows for d in tariff_model.DECISIONS})
    fitted = []
    monkeypatch.setattr(train_tariffs, "fit_one", lambda data, c=1.0: fitted.append(data) or LogReg.constant("x"))
    model = train_tariffs.fit([], decisions=("status",))
    assert fitted == [rows, [(["b:the"], "lifted"), (["b:a"], "in_force")]]
    assert model.get(tariff_model.UNDATED_STATUS) is not None


def test_the_undated_rows_drop_the_partner_row_block_too():
    # cal_own (xcalrows54) is calendar too: a story with no date never has it, so the undated model must not learn it
    feats = ["cal=in_force", "rule=in_force&cal=in_force", "cal_own=in_force", "rule=in_force&cal_own=in_force", "b:the"]
    assert tariff_model.without_calendar(feats) == ["b:the"]
