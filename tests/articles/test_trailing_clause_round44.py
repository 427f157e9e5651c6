"""Round 44 (xtvparties44): a country the figure's own clause does not name, standing past that clause in a clause
of its own opened by a subordinator or a new coordinated subject (", while cautioning that sales to the United States
would keep shrinking", ", and the US was its third-largest market"), is that clause's country: the rules' sentence-wide
fill (`trade_values._parties`) no longer takes it as the figure's partner.  A partner named in the figure's clause,
or past it with no such opener ("... fell to $8 billion; exports to the US rose"), is read as before."""
from __future__ import annotations

from datetime import date

from inline import value_candidate

from tariffscope.articles.trade_values import rule_parties

PUB = date(2025, 10, 8)


def _parties(body: str, value: float, kind: str) -> list[str]:
    ctx, c = value_candidate(body, value, PUB)
    return rule_parties(ctx, c, kind)


BRAZIL = ("Brazil's exports hold up in September\n\n"
          "BRASÍLIA — Brazil's foreign sales held up in September, the trade ministry's Secex said on Tuesday. ")


def test_a_country_in_a_while_clause_is_not_the_figures_partner():
    body = BRAZIL + ("Secex lifted its forecast for Brazil's exports in 2025 to $344.9 billion, while cautioning that "
                     "sales to the United States would keep shrinking for as long as the tariffs stay in place.")
    assert _parties(body, 344.9e9, "exports") == ["BRA"]


def test_a_new_coordinated_subject_keeps_its_country():
    body = ("Thai rice exports slump\n\nBANGKOK — Thai rice exports fell 30% in the first quarter. "
            "In 2024, Thailand exported 9.94 million tonnes of rice worth 225.65 billion baht, and the US was its "
            "third-largest market by volume.")
    assert _parties(body, 225.65e9, "exports") == ["THA"]


def test_a_partner_in_the_figures_own_clause_stays():
    body = BRAZIL + ("Sales to the United States fell 20% to $2.6 billion in September, while shipments to China "
                     "rose by a fifth.")
    assert "USA" in _parties(body, 2.6e9, "exports")
