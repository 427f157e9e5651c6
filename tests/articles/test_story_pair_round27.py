"""Round 27: a headline whose first flow word names its partner right after it ("Australian exports to the US climb",
"Brazil's trade deficit with US multiplies") frames a story about that one bilateral flow: a figure of the same kind
the body gives with no country of its own ("Beef exports grew 26% ... to A$1.6 billion") is the headline's pair.  Not
when the story reports the kind with the world too (a world word, or a figure larger than the story's own pair
figure), nor for a figure beside the other direction, nor one the story sends abroad."""
from __future__ import annotations

from datetime import date

from inline import parties_by_amount

PUB = date(2025, 11, 20)


def pairs(body: str) -> dict[float, frozenset]:
    return parties_by_amount(body, PUB)


def test_a_product_line_under_a_bilateral_headline(values_rules_only):
    body = ("Australian exports to the US climb despite tariffs\n\n"
            "Australia sold A$6.9 billion worth of goods to the United States in the September quarter.\n\n"
            "The jump suggests local exporters are finding their way around the new barriers, helped by "
            "comparatively low duties.\n\n"
            "Farm goods led the rise.\n\n"
            "Beef exports grew 26% over the three months to reach A$1.6 billion.")
    assert pairs(body)[1.6e9] == {"AUS", "USA"}


def test_a_bare_total_under_a_bilateral_headline(values_rules_only):
    body = ("Dutch goods exports to the US fall in first ten months of 2025\n\n"
            "The decline was sharpest in machinery and chemicals, Statistics Netherlands reports.\n\n"
            "Exports came to €27.5 billion, against €28.9 billion a year earlier.")
    assert pairs(body)[27.5e9] == {"NLD", "USA"}


def test_a_headline_after_a_section_label(values_rules_only):
    body = ("KENYA\n\n"
            "Kenya's exports to the US hit a record in the first half\n\n"
            "Kenyan sellers earned 27.4 percent more in the six months to June.\n\n"
            "Exports of knitted men's undergarments reached Sh441.69 million, a rise of 682 percent.")
    assert pairs(body)[441.69e6] == {"KEN", "USA"}


# guards: the readings that were right stay right
def test_a_story_with_a_larger_world_figure_keeps_one_party(values_rules_only):
    body = ("Korea's exports to US slide 8% in May\n\n"
            "Outbound shipments totaled $57.27 billion, down 1.3 percent on year.\n\n"
            "Exports to the United States fell 8.1 percent to $10.2 billion.\n\n"
            "Car exports slipped 4.4 percent to $6.2 billion.")
    got = pairs(body)
    assert got[6.2e9] == {"KOR"} and got[10.2e9] == {"KOR", "USA"}


def test_a_figure_beside_the_other_direction_keeps_one_party(values_rules_only):
    body = ("Belgium's exports to the US drop 12.5 per cent in second quarter\n\n"
            "The fall follows a jump in the first three months of the year.\n\n"
            "Imports slipped 1.3 per cent on the year to 240.9 billion euros, while exports eased 0.7 per cent to "
            "252.5 billion euros.")
    assert pairs(body)[252.5e9] == {"BEL"}


def test_a_figure_sent_abroad_keeps_one_party(values_rules_only):
    body = ("Tariffs and a strong krone dent Norway's salmon sales to the US\n\n"
            "Norway earned 15% less from salmon shipped to the United States in August.\n\n"
            "Salmon is still the most valuable seafood Norway sells abroad. In August the country shipped 145,446 "
            "tonnes of it, worth NOK 10.6 billion.")
    assert pairs(body)[10.6e9] == {"NOR"}


def test_a_headline_whose_flow_names_no_partner_changes_nothing(values_rules_only):
    body = ("Swiss watch exports slump in September as US tariff bites\n\n"
            "Shipments to the industry's biggest market more than halved.\n\n"
            "Watch exports fell 3.1% to 2.2 billion francs in September.")
    assert pairs(body)[2.2e9] == {"CHE"}
