"""Round 25b (branch xswap25b): the payer of a rate is not its imposer.

Three readings of the rate's clause, each the reverse of a miss where another country was read as imposer and the label
says the U.S.:

* roles._fellow_payer_imposer: a rate whose clause names its payer before it and no imposer ("India, by comparison,
  currently faces a 25 percent reciprocal tariff"), in a story whose own country the lede names as paying another
  country's tariff, is charged by the imposer the lede names -- the story country is a fellow payer, not the imposer;
* roles._cue: a paying verb between a demonym and the tariff noun ("Japanese goods could face tariffs of 30%") makes the
  demonym's goods the payer, not the noun's adjective ("Japanese tariffs");
* roles._cue: the passive of a levying verb ("Kenya was placed in the lowest band", "Norfolk Island, another Australian
  territory, was hit with a 29 per cent tariff") makes the country the payer, not the actor.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

PUB = date(2025, 8, 1)


def _parties(body: str, rate: float) -> set:
    return {(t[0], t[1]) for t in tariff_tuples(body, PUB) if t[3] == rate}


@pytest.mark.parametrize("body, rate, want", [
    # the story country pays the lede's U.S. tariff; a third country's rate told beside it is the U.S.'s (d1340's form)
    ("Norway's seafood sector handed 15% US tariff\n\n"
     "Norwegian exporters are bracing for tougher conditions after Washington set a 15 percent tariff on all goods "
     "from Norway. Fish farmers in Norway fear for their margins.\n\n"
     "By comparison, salmon from the United Kingdom will face a 10 percent duty.", 10.0, ("USA", "GBR")),
    # a relative clause about the payer (d002's form), in a story on the story country's own counter-tariffs
    ("Trudeau hits back as U.S. tariffs take effect, Canada's counter-tariffs kick in\n\n"
     "Prime Minister Justin Trudeau is answering U.S. President Donald Trump's tariffs on Canadian goods with duties "
     "of his own. Canada will put a 25 per cent counter-tariff on American products.\n\n"
     "Mexico, which was hit by the same 35 per cent rate, said it would wait until the weekend.", 35.0, ("USA", "MEX")),
    # the payer as the subject of "faces" (d1062's form)
    ("Bangladesh's export outlook still sensitive despite tariff cut\n\n"
     "The brokerage published its note after Washington announced a 20 percent tariff on Bangladeshi goods entering "
     "the US market. Bangladesh's garment makers welcomed the cut.\n\n"
     "India, by comparison, currently faces a 25 percent reciprocal tariff.", 25.0, ("USA", "IND")),
])
def test_a_fellow_payers_rate_is_the_ledes_imposers(rules_only, body, rate, want):
    assert _parties(body, rate) == {want}


@pytest.mark.parametrize("body, rate, want", [
    # a paying verb between the demonym and the tariff noun (d1466's, d1190's form)
    ("Trump signals India deal, threatens Japan\n\n"
     "President Donald Trump said a deal with India was close. He faulted Tokyo for refusing to buy American rice, and "
     "suggested Japanese goods could face tariffs of 30%.", 30.0, ("USA", "JPN")),
    # the passive of a levying verb, an aside between the country and its verb (d436's form)
    ("Australia spared new US tariffs\n\n"
     "Australian goods will pay the 10 per cent baseline, the White House said. Norfolk Island, another Australian "
     "territory in the Pacific, was hit with a 29 per cent tariff.", 29.0, ("USA", "NFK")),
    # "was placed in" (d1283's form)
    ("Kenya bets on AGOA extension\n\n"
     "Kenyan exporters hope Congress will renew the trade preference programme. The US set reciprocal tariffs in April. "
     "Kenya was placed in the lowest band, at 10 percent.", 10.0, ("USA", "KEN")),
])
def test_the_payers_own_clause_does_not_make_it_the_imposer(rules_only, body, rate, want):
    assert _parties(body, rate) == {want}


@pytest.mark.parametrize("body, rate, want", [
    # the story country's own measure, its imposer named: stays the story country's
    ("Trudeau hits back as U.S. tariffs take effect, Canada's counter-tariffs kick in\n\n"
     "Prime Minister Justin Trudeau is answering U.S. President Donald Trump's tariffs on Canadian goods with duties "
     "of his own.\n\n"
     "Canada will put a 25 per cent counter-tariff on American products.", 25.0, ("CAN", "USA")),
    # a demonym as the tariff noun's own adjective, no paying verb between: still the imposer
    ("EU weighs response to US steel tariffs\n\n"
     "Brussels is preparing a list of goods. Canadian retaliatory tariffs of 25% already apply to US steel.",
     25.0, ("CAN", "USA")),
    # an active levying verb: the country acts
    ("China strikes back at Trump\n\n"
     "China, the world's second-largest economy, has placed a 34% tariff on all goods from the United States.",
     34.0, ("CHN", "USA")),
])
def test_the_neighbouring_readings_stay(rules_only, body, rate, want):
    assert _parties(body, rate) == {want}
