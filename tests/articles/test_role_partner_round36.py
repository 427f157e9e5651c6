"""Round 36 (xtvpartner36): a country the figure's sentence names, before the amount, as the story country's supplier
("China remained the biggest source of the country's imports, supplying goods worth $3.40 billion") is the exporter
of an import figure, and the story's country the importer the text leaves implicit (LABELING.md); the market role is
read after "kept its place as", "remained" and a possessive too ("kept its place as the country's top export market").
Both run after the learned party count, as round 16's market_partner does."""
from __future__ import annotations

from datetime import date

from inline import value_candidate

from tariffscope.articles.trade_values import market_partner, supplier_partner

PUB = date(2025, 8, 20)
STORY = ("Philippine trade deficit narrows in July\n\n"
         "The Philippines' trade deficit narrowed in July as exports rose faster than imports. ")


def _candidate(body: str, value: float):
    return value_candidate(body, value, PUB)


def test_a_supplier_before_an_import_figure_gets_the_storys_country():
    ctx, c = _candidate(STORY + "China remained the biggest source of the country's imports, supplying goods worth "
                        "$3.40 billion, followed by South Korea and Japan.", 3.4e9)
    assert ctx.reporter == "PHL"
    assert supplier_partner(ctx, c, ["CHN"]) == ["PHL", "CHN"]
    assert supplier_partner(ctx, c, ["PHL"]) == ["PHL"]        # the story's own flow: left as read


def test_a_possessive_supplier_after_again_by_far():
    body = ("German imports rise in 2025\n\n"
            "Germany's imports rose in 2025 while German exports fell, the Federal Statistical Office said. Last year "
            "China was again by far Germany's largest supplier, shipping goods worth 170.6 billion euros, ahead of "
            "the Netherlands.")
    ctx, c = _candidate(body, 170.6e9)
    assert supplier_partner(ctx, c, ["CHN"]) == [ctx.reporter, "CHN"] and ctx.reporter == "DEU"


def test_a_market_that_kept_its_place():
    ctx, c = _candidate(STORY + "The United States kept its place as the country's top export market, buying goods "
                        "worth $1.16 billion, or 15.8 percent of total exports.", 1.16e9)
    assert market_partner(ctx, c, ["USA"]) == ["PHL", "USA"]


# guard: the supplier named after a world total ("with China still the largest source") is no party of the total
def test_a_supplier_after_the_amount_gives_no_pair():
    body = ("German exports to US fall again\n\n"
            "Germany's exports fell in May. Imports fell 1.3 per cent to €112.5 billion, with China still the largest "
            "source of goods coming into the country.")
    ctx, c = _candidate(body, 112.5e9)
    assert supplier_partner(ctx, c, ["CHN"]) == ["CHN"]
