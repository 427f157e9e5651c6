"""Round 38 (xtvreporter38): a sentence that tells a run of figures, each for its own country ("The deficit with China
grew ... to $14.7 billion, and the shortfall with India rose ... to $4.4 billion"; "Imports from the US were worth EUR
1.7 billion, and those from China EUR 1.3 billion"), gives each figure [story's country, its own country]: the pair of
the two partners the sentence names is no trade of theirs, and the story's country is the reporter the text leaves
implicit (LABELING.md).  A sentence with an owner ("China's exports ...") keeps its pair.  Runs after the learned
party count, like market_partner."""
from __future__ import annotations

from datetime import date

from inline import value_candidate

from tariffscope.articles.trade_values import own_figure_partner

PUB = date(2026, 1, 30)


def _candidate(body: str, value: float):
    return value_candidate(body, value, PUB)


US_STORY = ("US trade deficit widens in November\n\n"
            "The U.S. goods and services trade deficit widened in November, the Commerce Department said on Thursday. ")


def test_each_balance_of_a_run_gets_the_storys_country_and_its_own_partner():
    body = US_STORY + ("The deficit with China grew by about $1 billion to $14.7 billion, and the shortfall with India "
                       "rose by about $2 billion to $4.4 billion.")
    ctx, first = _candidate(body, 14.7e9)
    _, second = _candidate(body, 4.4e9)
    assert ctx.reporter == "USA"
    assert own_figure_partner(ctx, first, ["CHN", "IND"]) == ["USA", "CHN"]
    assert own_figure_partner(ctx, second, ["CHN", "IND"]) == ["USA", "IND"]


def test_a_bracketed_run_gives_the_last_figure_its_own_country():
    body = US_STORY + "Mexico ($16.6 billion), Vietnam ($16.1 billion) and Taiwan ($13.5 billion) were among the other gaps."
    ctx, c = _candidate(body, 13.5e9)
    assert own_figure_partner(ctx, c, ["MEX", "VNM"]) == ["USA", "TWN"]


def test_imports_from_two_suppliers_in_an_irish_release():
    body = ("Irish exports to the US fall in November\n\n"
            "Ireland's goods exports to the United States fell in November, the Central Statistics Office said. "
            "Imports from the US were worth €1.7 billion in the month, and those from China €1.3 billion.")
    ctx, c = _candidate(body, 1.3e9)
    assert ctx.reporter == "IRL"
    assert own_figure_partner(ctx, c, ["CHN", "USA"]) == ["IRL", "CHN"]


def test_an_owner_in_the_sentence_keeps_a_third_countrys_pair():
    body = US_STORY + ("China's exports to Japan fell to $12.1 billion, while shipments to Korea rose to $10.2 billion.")
    ctx, c = _candidate(body, 10.2e9)
    assert own_figure_partner(ctx, c, ["CHN", "KOR"]) == ["CHN", "KOR"]
    assert own_figure_partner(ctx, c, ["KOR", "USA"]) == ["KOR", "USA"]     # the story's country already a party


def test_a_partner_right_after_the_amount_is_the_figures_own_and_a_named_story_country_keeps_the_pair():
    body = ("China's surplus with the US narrows\n\n"
            "China's trade surplus with the United States narrowed in 2024, customs data showed. "
            "The US also recorded deficits of $73.9 billion with Taiwan and $68.5 billion with Japan.")
    ctx, c = _candidate(body, 68.5e9)
    assert ctx.reporter == "CHN"
    assert own_figure_partner(ctx, c, ["JPN", "USA"]) == ["JPN", "USA"]    # Japan's own amount: the pair stands
    body = ("Mexico's exports hold firm\n\n"
            "Mexico's exports to the United States rose in the first half, official data showed. That kept Mexico "
            "ahead of Canada, whose exports to the United States came to $198 billion, and China, at $167 billion.")
    ctx, c = _candidate(body, 167e9)
    assert ctx.reporter == "MEX"
    assert own_figure_partner(ctx, c, ["CHN", "USA"]) == ["CHN", "USA"]    # the story's country named: not implicit


def test_a_shared_partner_after_the_first_amount_is_no_run():
    body = ("EU car exporters brace for US tariffs\n\n"
            "The European Union's car exports to the United States face a 25% tariff, the Commission said. Germany ran "
            "a car export surplus of USD 17.7bn with the US in 2024, and Slovakia one of USD 6.3bn.")
    ctx, c = _candidate(body, 6.3e9)
    assert ctx.reporter == "EUU"
    assert own_figure_partner(ctx, c, ["SVK", "USA"]) == ["SVK", "USA"]
