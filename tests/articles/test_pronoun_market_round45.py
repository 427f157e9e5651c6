"""Round 45 (xtvpartner45): "It" taking the story country's exports, or predicated as its market, stands for the one
other country the sentence before names first (trade_values.pronoun_market)."""
from __future__ import annotations

from inline import value_candidate

from tariffscope.articles.trade_values import pronoun_market

INDIA = ("Surat diamond trade hopes for zero duty\n\n"
         "India's gems and jewellery exporters hope a trade deal will bring their duty to zero. ")


def test_it_taking_a_share_worth_an_amount_is_the_market_before():
    body = INDIA + ("The US is the biggest export market for Indian gems and jewellery. "
                    "It took 31% of the sector's total exports in FY 2024-25, worth about $9.23 billion.")
    ctx, c = value_candidate(body, 9.23e9)
    assert ctx.reporter == "IND"
    assert pronoun_market(ctx, c, "exports", ["IND"]) == ["IND", "USA"]


def test_it_predicated_as_a_destination_is_the_market_before():
    body = ("Brazil's farm exports grow despite U.S. tariffs\n\n"
            "Brazil's agricultural exports rose 3% in 2025, the farm ministry said. "
            "The United States cut its purchases by 4 percent. "
            "It remained the third-largest destination for Brazil's agricultural exports, at 10.5 billion dollars.")
    ctx, c = value_candidate(body, 10.5e9)
    assert ctx.reporter == "BRA"
    assert pronoun_market(ctx, c, "exports", ["BRA"]) == ["BRA", "USA"]


def test_the_whole_a_share_is_taken_from_keeps_one_party():
    body = ("Cambodia's exports to the US rise in January\n\n"
            "Cambodia's exports rose 12% in January, the customs department said. "
            "The US remains the largest buyer of Cambodian goods. "
            "It took 37.66 per cent of the Kingdom's total export value of $2.306 billion in January.")
    ctx, c = value_candidate(body, 2.306e9)
    assert ctx.reporter == "KHM"
    assert pronoun_market(ctx, c, "exports", ["KHM"]) == ["KHM"]


def test_no_pronoun_or_two_countries_before_reads_nothing():
    body = INDIA + ("The US and the UAE are the biggest markets for Indian gems and jewellery. "
                    "It took 31% of the sector's total exports in FY 2024-25, worth about $9.23 billion. "
                    "Exports fell 5% to $28 billion.")
    ctx, c = value_candidate(body, 9.23e9)
    assert pronoun_market(ctx, c, "exports", ["IND"]) == ["IND"]        # which country "it" is, is not told
    _, fresh = value_candidate(body, 28e9)
    assert pronoun_market(ctx, fresh, "exports", ["IND"]) == ["IND"]
