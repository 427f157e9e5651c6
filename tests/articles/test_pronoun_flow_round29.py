"""Round 29 (xtvflow29): round 28's pronoun subject ("Imports also disappointed. They rose ... to US$215.28 billion")
takes the flow of the sentence before only when that sentence names the flow without a figure of its own.  After a
sentence that states the flow's figure ("The US wine trade deficit stood at USD 915 million in 1992."), the pronoun
goes on with that figure: the continuation readings carry its parties or leave the amount, and the antecedent would
add only the story's country (d1939 read "it widened again last year to USD 5.8 billion" with Canada, the reporter
of its headline).  The first test fails on the base (802f945: no pronoun reading), the second on round 28's branch."""
from __future__ import annotations

from datetime import date

from inline import values_by_amount
from tariffscope.articles.context import Context
from tariffscope.articles.text import normalize_body
from tariffscope.articles.trade_values import candidates

PUB = date(2025, 8, 7)


def facts(body: str) -> dict[float, dict]:
    return values_by_amount(body, PUB)


def test_it_after_a_flow_named_without_a_figure_is_that_flow(values_rules_only):
    body = ("Trade with the United States, China's third-largest trading partner, fell steeply. "
            "In the January-November period it dropped 16.9 percent year-on-year to 3.69 trillion yuan.")
    f = facts(body)
    assert f[3.69e12]["kind"] == "total_trade"
    assert sorted(f[3.69e12]["parties"]) == ["CHN", "USA"]


def test_it_after_a_stated_figure_is_not_read_with_the_story_country(values_rules_only):
    """The deficit's own sentence states its figure: "it widened ... to USD 5.8 billion" is no new flow for the
    antecedent to name, and no figure is read with Canada, the headline's country."""
    body = ("Exports to Canada all but vanished in June\n\n"
            "The US wine trade deficit stood at USD 915 million in 1992. "
            "By 2014 it had reached USD 3.9 billion, and it widened again last year to USD 5.8 billion from "
            "USD 5.4 billion in 2023.")
    f = facts(body)
    assert all("CAN" not in v["parties"] for v in f.values())
    assert f[3.9e9]["parties"] == ["USA"]       # the figure before's continuation, as on the base
    ctx = Context.build(normalize_body(body), PUB)
    assert [c.antecedent for c in candidates(ctx)] == [None] * 4


def test_guard_a_figure_before_still_carries_its_pair(values_rules_only):
    """The surplus's figure before names its partner: the pronoun's figure keeps the pair (the base's reading)."""
    body = ("The EU's statistics office put the surplus with the US at 9.6 billion euros for June 2025. "
            "In June 2024 it had stood at 18.5 billion euros, a fall of 48.1%.")
    f = facts(body)
    assert f[18.5e9]["kind"] == "trade_surplus"
    assert sorted(f[18.5e9]["parties"]) == ["EUU", "USA"]
    assert f[18.5e9]["year"] == 2024


def test_guard_a_flow_named_without_a_figure_still_reads(values_rules_only):
    """Round 28's reading stays where the sentence before names the flow alone ("Imports also disappointed.")."""
    body = ("China's exports fell 1.1% in October to US$305.35 billion.\n\n"
            "Imports also disappointed. "
            "They rose 1 per cent year on year to US$215.28 billion, well short of the forecast.")
    assert facts(body)[215.28e9]["kind"] == "imports"
