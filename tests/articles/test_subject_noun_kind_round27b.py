"""Round 27b (xtvkind27b): the figure's own noun. When a clause's subject is a flow or balance noun ("Imports",
"Canada's surplus with the U.S.", "The deficit with countries other than the U.S.", "Turnover with the US") and its verb
sets the amount as that noun's level ("climbed 16.4% to", "shrank sharply, to ... from", "came in at"), the amount is of
the noun's kind -- not of the flow the sentence before was about, nor of a balance or flow named later in the
sentence ("..., so the country still booked a trade surplus", "..., as imports from its southern neighbour rose")."""
from __future__ import annotations

from datetime import date

import pytest

from inline import trade_values
from tariffscope.articles.trade_values import subject_noun_kind

PUB = date(2025, 9, 1)


def kinds(body: str) -> dict[float, str]:
    return {v["value"]: v["kind"] for v in trade_values(body, PUB)}


def test_imports_after_an_exports_sentence_stay_imports(values_rules_only):
    body = ("Exports to the United States fell 10% to $29.9 billion in August. "
            "Imports, meanwhile, edged up 1% to $21.5 billion, so the country still booked a trade surplus of "
            "$8.4 billion for the month.")
    k = kinds(body)
    assert k[21.5e9] == "imports"
    assert k[8.4e9] == "trade_surplus"


def test_a_balance_subject_gives_its_base_figure_the_balance(values_rules_only):
    body = ("Canada's trade balance moved little in July. "
            "Canada's surplus with the U.S. shrank sharply, to C$4.8 billion from C$8.4 billion, as imports from its "
            "southern neighbour rose 5.3%.")
    k = kinds(body)
    assert k[4.8e9] == "trade_surplus"
    assert k[8.4e9] == "trade_surplus"


def test_a_deficit_subject_with_flows_after_it_stays_the_deficit(values_rules_only):
    body = ("Canada's deficit with the world narrowed in July. "
            "The deficit with countries other than the U.S., however, deepened to C$11.7 billion, with exports to "
            "those markets down 8.6% and imports from them up 1.3%.")
    assert kinds(body)[11.7e9] == "trade_deficit"


def test_turnover_with_a_partner_is_two_way_trade(values_rules_only):
    body = ("Germany's imports from and exports to China added up to 251.8 billion euros in 2025. "
            "Turnover with the US fell 5% to 240.5 billion euros, leaving the country in second place.")
    assert kinds(body)[240.5e9] == "total_trade"


def test_guard_the_learned_kind_keeps_the_subject_noun():
    """With the shipped weights (which read this short form right on the base too): the override the learned step
    now takes from the rules' subject reading leaves it imports."""
    body = ("Brazil's exports to the United States fell 18.5% in August to $2.8 billion. "
            "Total exports rose 3.9% to $29.9 billion. "
            "Imports, meanwhile, declined 2.0% to $23.7 billion.")
    assert kinds(body)[23.7e9] == "imports"


# guards: the neighbouring right readings stay right

def test_guard_a_later_clause_with_its_own_subject_keeps_its_kind(values_rules_only):
    body = ("China's trade with the US fell this year. "
            "It bought $283 billion of Chinese goods in the first eight months, while exports to the EU reached "
            "$541 billion over the same period.")
    assert kinds(body)[541e9] == "exports"


def test_guard_a_balance_defined_by_its_sides_is_left_to_the_sides_reading(values_rules_only):
    body = ("US trade figures came out on Wednesday. "
            "The gap between what the country buys abroad and what it sells fell 23.8% to $59.6 billion.")
    assert subject_noun_kind(body.split(". ", 1)[1], body.split(". ", 1)[1].index("$59.6")) is None


@pytest.mark.parametrize("sentence, amount", [
    ("Imports from the US also declined, by £400 million to £4.7 billion.", "£400"),        # a change, not a level
    ("Exports rose to $12 billion as imports fell to $9 billion.", "$9"),                   # another clause's subject
    ("Goods worth €12.1 billion crossed the Atlantic during the month.", "€12.1"),           # no flow noun as subject
])
def test_guard_no_subject_reading(sentence, amount):
    assert subject_noun_kind(sentence, sentence.index(amount)) is None


# the share a buyer takes, named in an appositive as part of the seller's exports (round 27b, share_whole_kind)

def test_a_purchase_named_as_a_share_of_exports_is_exports(values_rules_only):
    body = ("India's shrimp exporters face a 50% US tariff. "
            "By some estimates, the US bought nearly Rs 22,000 crore of it, roughly 44 per cent of India's shrimp "
            "exports.")
    assert kinds(body)[220e9] == "exports"


def test_a_purchase_named_as_part_of_what_the_seller_exported_is_exports(values_rules_only):
    body = ("Iowa farmers are waiting for a deal with Beijing. "
            "In 2024 China bought $12.84 billion of American soybeans, more than half of the roughly $24 billion in "
            "farm products the United States exported to China that year.")
    assert kinds(body)[12.84e9] == "exports"


def test_guard_a_purchase_named_as_a_share_of_imports_stays_imports(values_rules_only):
    body = ("Korean steelmakers have asked for duties on Chinese steel. "
            "South Korea bought $10.4 billion worth of steel products from China in 2024, about 49% of all its steel "
            "imports.")
    assert kinds(body)[10.4e9] == "imports"


def test_guard_a_plain_purchase_stays_imports(values_rules_only):
    body = ("Mexico has raised tariffs on Chinese cars. "
            "Mexico bought $130 billion worth of goods from China in 2024, making it Mexico's second-largest supplier.")
    assert kinds(body)[130e9] == "imports"
