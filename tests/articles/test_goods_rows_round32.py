"""Round 32 (xtvrows32): rows of goods under a list's intro.  A goods row under an intro naming its own one-way flow
takes that flow, with the intro's countries ("Top five exports to the US, January–July 2025: // Rubber products –
US$2.783 billion" after an imports figure: exports [THA, USA] 2025); a row's goods words ("Engineering goods",
"Pulp and paper products") are no trade words of its own, so the row still goes on with its list; and a bracket
stating another period's figure after a row's amount gives its year to the bracketed figure only."""
from __future__ import annotations

from datetime import date

from inline import values_by_amount

PUB = date(2025, 9, 1)


def _read(fact: dict) -> tuple:
    return fact["kind"], frozenset(fact["parties"]), fact["year"]


def test_goods_rows_take_the_intros_flow_and_partner(values_rules_only):
    body = ("Thailand's surplus with the US keeps growing\n\n"
            "Thai imports from the US slipped 7.5% to US$1.749 billion in July.\n\n"
            "Top five exports to the US, January–July 2025:\n\n"
            "Computers and components – US$10.295 billion, up 81.33%\n\n"
            "Rubber products – US$2.783 billion, up 11.83%\n\n"
            "Electric transformers – US$1.499 billion, up 31.27%")
    got = values_by_amount(body, PUB)
    for amount in (10.295e9, 2.783e9, 1.499e9):
        assert _read(got[amount]) == ("exports", frozenset({"THA", "USA"}), 2025)


def test_goods_rows_under_an_intro_naming_no_country_are_the_storys_own(values_rules_only):
    body = ("India's trade deficit eases in November\n\n"
            "India's merchandise trade deficit came down to $24.53 billion in November 2025.\n\n"
            "The biggest export items in November 2025:\n\n"
            "Engineering goods: $11.01 billion (+23.8%)\n\n"
            "Petroleum products: $3.93 billion (+11.7%)\n\n"
            "Gems and jewellery: $2.64 billion (+27.8%)")
    got = values_by_amount(body, PUB)
    for amount in (11.01e9, 3.93e9, 2.64e9):
        assert _read(got[amount]) == ("exports", frozenset({"IND"}), 2025)


def test_a_product_row_goes_on_with_the_figure_before_its_intro(values_rules_only):
    body = ("Korea's exports hit a June record\n\n"
            "Automobiles had their best June ever, with Korea's exports of cars reaching $6.3 billion.\n\n"
            "Elsewhere on the list:\n\n"
            "Biohealth products: $1.66 billion, up 36.5 percent\n\n"
            "Ships: $2.5 billion, up 63.4 percent")
    got = values_by_amount(body, PUB)
    for amount in (1.66e9, 2.5e9):
        assert got[amount]["kind"] == "exports" and set(got[amount]["parties"]) == {"KOR"}


def test_a_bracketed_earlier_figure_keeps_its_year_to_itself(values_rules_only):
    body = ("China's goods gap with the US narrows\n\n"
            "The US goods deficit with China fell in September 2025.\n\n"
            "Largest US goods deficits, September 2025\n\n"
            "Ireland: -$18.22 billion\n\n"
            "China: -$15.03 billion (September 2024: -$31.8 billion)")
    got = values_by_amount(body, date(2025, 11, 20))
    assert got[15.03e9]["year"] == 2025 and got[31.8e9]["year"] == 2024


# guard: a row-shaped line with no amount above the goods rows ("Exports to China: -11.7%") is a row of the list,
# not an intro naming the rows' flow and partner
def test_a_row_with_no_amount_is_no_intro(values_rules_only):
    body = ("Taiwan's January exports beat forecasts\n\n"
            "January in figures\n\n"
            "Total exports: $38.71 billion (+4.4%)\n\n"
            "Exports to China: -11.7%\n\n"
            "Electronic components: $14.0 billion (+3.1%)\n\n"
            "Furniture: $1.2 billion (+2.0%)")
    got = values_by_amount(body, date(2025, 2, 7))
    assert all("CHN" not in got[amount]["parties"] for amount in (14.0e9, 1.2e9) if amount in got)
