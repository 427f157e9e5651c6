"""Round 37 (xtvrank37): a ranking of trade partners told in prose.  Each row ("ahead of Russia with $3.56 billion",
"followed by the United States with Sh6.3 billion", "The United Kingdom came second at $1.69 billion") is the head's
flow with the head's ranked country replaced by the row's own, and the rows' countries are no party of the head."""
from __future__ import annotations

from datetime import date

from tariffscope.articles.context import Context
from tariffscope.articles.text import normalize_body
from tariffscope.articles.trade_values import candidates

PUB = date(2025, 9, 2)
STORY = ("Turkey's trade deficit widens in July\n\n"
         "Turkey's trade deficit widened in July as imports grew faster than exports, the statistics office said. ")


def _facts(body: str) -> dict[float, tuple]:
    ctx = Context.build(normalize_body(body), PUB)
    return {c.money.value: (sorted(c.fact["parties"]), c.fact["kind"], c.fact["year"])
            for c in candidates(ctx) if c.fact is not None}


def test_rows_after_ahead_of_take_the_storys_country_and_the_heads_kind():
    got = _facts(STORY + "China was again the largest source of imports, supplying $4.64 billion of goods in July, "
                 "ahead of Russia with $3.56 billion and Germany with $3 billion.")
    assert got[4.64e9][0] == ["CHN", "TUR"]         # Russia is a row, not the head's partner
    assert got[3.56e9] == (["RUS", "TUR"], "imports", 2025)
    assert got[3e9] == (["DEU", "TUR"], "imports", 2025)


def test_a_ranking_among_the_storys_markets():
    body = ("Kenya's exports to US hit three-year high\n\n"
            "Kenya's exports to the United States rose in August, the Kenya National Bureau of Statistics said. For "
            "August alone, the statistics agency ranked Uganda first among Kenya's export markets with Sh11 billion, "
            "followed by the United States with Sh6.3 billion and Pakistan with Sh6 billion.")
    got = _facts(body)
    assert [got[v][0] for v in (11e9, 6.3e9, 6e9)] == [["KEN", "UGA"], ["KEN", "USA"], ["KEN", "PAK"]]


def test_a_sentence_opening_with_a_row_goes_on_with_the_ranking_before():
    got = _facts(STORY + "Germany kept its place as the biggest buyer of Turkish goods, taking $1.97 billion worth in "
                 "July. The United Kingdom came second at $1.69 billion and the United States third at $1.57 billion.")
    assert got[1.69e9] == (["GBR", "TUR"], "exports", 2025)
    assert got[1.57e9] == (["TUR", "USA"], "exports", 2025)


# guard: a country after "ahead of" with a clause of its own before its amount is no row ("ahead of Iraq, whose
# purchases came to $1.2 billion"), and "ahead of" something that is not a country gives no row
def test_no_row_when_the_country_has_a_clause_of_its_own():
    body = STORY + ("Germany bought $1.97 billion of Turkish goods in July, ahead of Iraq, whose purchases came to $1.2 "
                    "billion. Exports to the United States rose to $1.57 billion, ahead of the new duties.")
    ctx = Context.build(normalize_body(body), PUB)
    assert all(c.rank is None for c in candidates(ctx))
