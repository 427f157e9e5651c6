"""Round 31 (branch xsubclause31): an adverbial clause of time or cause is a clause of its own.

text.clause_spans kept "..., after Washington announced 25% duties on steel", "hit back after US President Donald
Trump's move to double tariffs" and a fronted "After the EU set out its planned response ..., " inside the main clause,
so the rate of one clause took its target or imposer from the other (xtarget31's lead: a global steel/aluminium rate
given the country the sentence names as reacting).  Now:

* text._ADVERBIAL_BREAK / _LEADING_ADVERBIAL: "after / since / when / because / once / before / until / following"
  with a subject of its own (a capitalised name or a pronoun, not a month) opens a clause; a fronted one ends at its
  first comma (not a date's);
* roles._reads_sector_payer: a sector rate in an adverbial clause looks for its payer in that clause, not in the main
  clause's "US products" (the imposer's goods hit by the other side's counter-tariff).
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

from tariffscope.articles.text import clause_spans

PUB = date(2025, 6, 12)


def _parties(body: str, rate: float) -> set:
    return {(t[0], t[1]) for t in tariff_tuples(body, PUB) if t[3] == rate}


def _clauses(text: str) -> list[str]:
    return [text[a:b] for a, b in clause_spans(text)]


@pytest.mark.parametrize("body, rate, want", [
    # the reacting country stands in the main clause, the global metals rate in the "after" clause (d1460's form)
    ("Canada readies response to US metals tariffs\n\nCanada is getting ready to hit back after US President Donald "
     "Trump's move to double tariffs on steel and aluminum to 50% came into force.", 50.0, {("USA", None)}),
    # the main clause hits US products; the "after" clause's steel rate is Washington's on every partner (d546's form)
    ("Canada eases its counter-tariffs\n\nOttawa said on Friday it would lift some duties on U.S. goods. Canada had "
     "imposed counter-tariffs of 10% in March on a long list of US products that comply with the North American trade "
     "deal, after Washington announced 25% duties on steel and aluminum.", 25.0, {("USA", None)}),
    # a fronted "After the EU ..." clause: the main clause's threat is Trump's on the EU, not the EU's (d1804's form)
    ("Bourbon left off EU list\n\nThe EU dropped bourbon from its list. After the EU set out its planned response to "
     "the steel and aluminium tariffs in the middle of March, US President Donald Trump warned Brussels that he would "
     "put a 200% tariff on alcoholic drinks from the EU.", 200.0, {("USA", "EUU")}),
])
def test_rate_takes_parties_of_its_own_clause(body, rate, want):
    assert _parties(body, rate) == want


def test_adverbial_clauses_split():
    assert _clauses("Canada had imposed counter-tariffs, after Washington announced 25% duties on steel.") == [
        "Canada had imposed counter-tariffs", "after Washington announced 25% duties on steel."]
    assert _clauses("When he ended the exemption, Mexico said it would reply.") == [
        "When he ended the exemption", "Mexico said it would reply."]


@pytest.mark.parametrize("text", [
    # a date after the opener is no clause, nor a comma inside a fronted date
    "Brussels published its answer to the 25% duties Washington has charged since March on steel and aluminum.",
    "Since July 31, 2025, steel goods melted and poured in China have been charged a 25% surtax.",
    # a lower-case noun phrase after the opener is a prepositional phrase
    "China raised its tariffs on U.S. goods to 125% after the announcement of new U.S. duties.",
    # "when" right after a time expression tells more of that time (a relative clause): the figure keeps its year
    "Beef worth A$4.16 billion went to the US in 2024, when the American market took 30 per cent of the exports.",
])
def test_dates_and_prepositions_stay_in_their_clause(text):
    assert _clauses(text) == [text]


def test_cause_clause_country_is_no_payer():
    # the "because" clause's Russia is the reason, not the payer of the rate its main clause gives India (d1360)
    body = ("US raises tariffs on Indian goods\n\nWashington has doubled its tariffs on goods from India to 50%, "
            "because India continues to buy oil from Russia.")
    assert _parties(body, 50.0) == {("USA", "IND")}


def test_main_clause_parties_stay():
    # guard: the main clause names both parties; the "after" clause's act does not move them
    body = ("China hits back\n\nChina said it would put a 15% tariff on U.S. coal after Washington raised its duties "
            "on Chinese goods.")
    assert _parties(body, 15.0) == {("CHN", "USA")}
