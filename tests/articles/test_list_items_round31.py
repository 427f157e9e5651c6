"""Round 31 (xtvlist31): trade values told as lists in one sentence.  A ranking or list of goods whose first amount is
read goes on with that figure ("Oil made up the bulk of it at $1.1 billion, followed by uranium at $322.9 million and
silver at $239.9 million"); the amounts of a "respectively" list take the listed countries in order ("Uganda, the
United States and Pakistan ... Sh11 billion, Sh6.3 billion and Sh6 billion respectively")."""
from __future__ import annotations

from datetime import date

from inline import parties_by_amount, values_by_amount

PUB = date(2025, 10, 1)


def test_ranking_items_after_the_first_go_on_with_its_flow(values_rules_only):
    body = ("Kazakhstan faces 25% US tariff\n\n"
            "Kazakhstan exported $2.2 billion of goods to the United States in 2024. Oil made up the bulk of it at "
            "$1.1 billion, followed by uranium at $322.9 million and silver at $239.9 million.")
    got = values_by_amount(body, PUB)
    for amount in (322.9e6, 239.9e6):
        assert got[amount]["kind"] == "exports" and set(got[amount]["parties"]) == {"KAZ", "USA"}


def test_goods_list_items_in_one_sentence(values_rules_only):
    body = ("India's exporters count the cost of US tariffs\n\n"
            "India's exports to the US were worth $86.5 billion last year. Gems and jewellery accounted for $12 "
            "billion, shrimp for $2.24 billion and leather and footwear for $1.18 billion.")
    got = parties_by_amount(body, PUB)
    assert got[2.24e9] == {"IND", "USA"} and got[1.18e9] == {"IND", "USA"}


def test_respectively_markets_take_their_amounts_in_order(values_rules_only):
    body = ("Kenya exports to US hit three-year high\n\n"
            "In its monthly update, KNBS listed Uganda, the United States and Pakistan as Kenya's top three export "
            "markets in August 2025, taking goods worth Sh11 billion, Sh6.3 billion and Sh6 billion respectively.")
    got = parties_by_amount(body, PUB)
    assert got[11e9] == {"KEN", "UGA"} and got[6.3e9] == {"KEN", "USA"} and got[6e9] == {"KEN", "PAK"}


def test_respectively_exporters_to_one_counterpart(values_rules_only):
    body = ("Generics carved out of the tariff\n\n"
            "India and China shipped $12 billion and $8 billion of pharmaceuticals respectively to the U.S. in 2024.")
    got = parties_by_amount(body, PUB)
    assert got[12e9] == {"IND", "USA"} and got[8e9] == {"CHN", "USA"}


# guards: a second amount whose own clause names its flow keeps its own reading; "respectively" over years is no
# country list; a non-trade amount after a trade figure stays out
def test_second_flow_with_its_own_trade_words_keeps_its_kind(values_rules_only):
    body = ("Japan's surplus narrows\n\n"
            "Japan's exports rose to 9.2 trillion yen in May, while imports climbed to 8.6 trillion yen.")
    got = values_by_amount(body, PUB)
    assert got[8.6e12]["kind"] == "imports" and got[9.2e12]["kind"] == "exports"


def test_respectively_over_years_keeps_the_pair(values_rules_only):
    body = ("Oil exemption gives Nigeria breathing room\n\n"
            "Nigeria's exports to the U.S. were N1.8 trillion, N2.6 trillion and N5.5 trillion in 2022, 2023, and "
            "2024 respectively.")
    got = parties_by_amount(body, PUB)
    assert all(got[v] == {"NGA", "USA"} for v in (1.8e12, 2.6e12, 5.5e12))


def test_investment_after_a_purchase_stays_out(values_rules_only):
    body = ("EU and US set out their framework\n\n"
            "The EU intends to buy $750 billion of US energy products through 2028, while EU companies are expected "
            "to invest $600 billion in the US.")
    assert 600e9 not in values_by_amount(body, date(2025, 8, 22))


# rows of a flattened table labelled by a country alone: the intro names the flow and its owner
def test_country_rows_under_an_intro_naming_the_flow(values_rules_only):
    body = ("Brazil's exports to US fall in August\n\n"
            "Brazil's exports to the United States fell 18.5% in August as the new tariff took hold.\n\n"
            "Where Brazil's exports went\n\n"
            "Argentina: up 40.4% to $1.6 billion\n\n"
            "Mexico: up 43.8% to $790 million")
    got = values_by_amount(body, PUB)
    assert got[1.6e9]["kind"] == "exports" and set(got[1.6e9]["parties"]) == {"BRA", "ARG"}
    assert set(got[790e6]["parties"]) == {"BRA", "MEX"}


def test_country_rows_of_deficits_under_a_heading(values_rules_only):
    body = ("China's goods gap with US falls behind Ireland's\n\n"
            "The US goods deficit with China fell in September, the Commerce Department said.\n\n"
            "Largest US goods deficits, September 2025\n\n"
            "Ireland: -$18.22 billion\n\n"
            "Mexico: -$17.38 billion")
    got = values_by_amount(body, PUB)
    assert got[18.22e9]["kind"] == "trade_deficit" and set(got[18.22e9]["parties"]) == {"USA", "IRL"}


def test_country_rows_of_the_story_markets(values_rules_only):
    body = ("US tariffs could hurt Philippine exports\n\n"
            "The United States was the top market for Philippine electronics in 2024. The next four markets were:\n\n"
            "Japan: $984.8 million (15.7 percent)\n\n"
            "Hong Kong: $873.6 million (14 percent)")
    got = parties_by_amount(body, PUB)
    assert got[984.8e6] == {"PHL", "JPN"} and got[873.6e6] == {"PHL", "HKG"}


def test_country_rows_of_suppliers_are_not_read_as_markets(values_rules_only):
    body = ("US auto tariffs hit Mexico less\n\n"
            "Mexico's auto exports to the United States fell 4% in April.\n\n"
            "How other suppliers fared in April\n\n"
            "Canada: $4,031 million (-16.4%)\n\n"
            "Germany: $2,411 million (-34.4%)")
    got = parties_by_amount(body, PUB)
    assert got.get(4031e6) != {"MEX", "CAN"}
