"""Round 24: the country that owns the story's trade balance or its whole foreign trade in the headline or lede ("the US
trade deficit barely moved", "US goods trade deficit falls", "China's foreign trade reaches ...") is the story's reporter:
its own one-party figures are its own, not those of the partner the story names most often."""
from __future__ import annotations

from datetime import date

import pytest
from inline import trade_values

from tariffscope.articles.context import Context
from tariffscope.articles.text import normalize_body

PUB = date(2025, 11, 19)


def parties(body: str, published: date = PUB) -> dict[float, list[str]]:
    return {v["value"]: v["parties"] for v in trade_values(body, published)}


def reporter(body: str, published: date = PUB) -> str | None:
    return Context.build(normalize_body(body), published).reporter


@pytest.mark.parametrize("lede", [
    "August trade deficit narrows as imports drop\n\nThe U.S. trade gap shrank sharply in August, government figures showed.",
    "US goods trade deficit falls to near two-year low\n\nWashington — The deficit dropped in August as imports fell.",
    "Despite tariffs, the US trade deficit barely moved\n\nThe figures were published by the Commerce Department.",
    # d872 form: the balance defined by its two sides
    "Tariff threats help shrink the gap\n\nThe gap between what the United States imports and what it exports narrowed.",
])
def test_a_us_balance_story_reports_the_us_figures(values_rules_only, lede):
    # d1413, d1414, d1095 forms: China is named more often than the United States, whose balance the story reports
    body = (lede + "\n\nThe deficit came to $59.55 billion in August. Imports from China fell again, and China's share "
            "of the goods Americans buy slipped. Economists expect China to keep losing ground.")
    assert parties(body)[5.955e10] == ["USA"]


def test_a_chinese_foreign_trade_story_reports_chinas_figures(values_rules_only):
    # d1214, d1371 form: the possessive whole trade ("China's foreign trade") owns the story's figures
    body = ("China's foreign trade reaches 45.47 trillion yuan in 2025\n\n"
            "China's foreign trade grew 3.8% in 2025, China's customs administration told a briefing in Beijing.\n\n"
            "Trade with the United States fell, and the United States slipped to third place among China's partners.\n\n"
            "Exports accounted for 26.99 trillion yuan of that total, an increase of 6.1%.")
    assert parties(body, date(2026, 1, 14))[2.699e13] == ["CHN"]


@pytest.mark.parametrize("body", [
    # the US balance as an object in another country's story (d384, d298 forms): Egypt stays the reporter
    ("Egypt's exporters brace for the 10% US tariff\n\nThe measure is meant to shrink the US trade deficit and create jobs "
     "in America.\n\nFor Egypt, exports to the United States reached $1.95 billion last year."),
    ("Egypt's exporters brace for the 10% US tariff\n\nTrump pointed to the large US trade deficit with the country.\n\n"
     "For Egypt, exports to the United States reached $1.95 billion last year."),
])
def test_a_balance_named_as_an_object_is_no_owner(values_rules_only, body):
    assert reporter(body) == "EGY"
    assert sorted(parties(body)[1.95e9]) == ["EGY", "USA"]


def test_a_foreign_trade_body_is_no_owner():
    # guard (d232, d824, d941 form): "Brazil's foreign trade chamber" is an institution, not Brazil's trade -- the
    # reporter is the one the story gives without the phrase
    body = ("Brazil raises steel import duties\n\nBrazil's foreign trade chamber Gecex raised duties on Chinese steel. "
            "China exported more steel to Brazil, and Chinese mills cut prices.")
    assert reporter(body) == reporter(body.replace("Brazil's foreign trade chamber Gecex", "The Gecex committee")) == "CHN"
