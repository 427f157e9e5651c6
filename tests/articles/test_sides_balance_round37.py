"""Round 37 (xtvkind37): a balance told by its two sides. "The gap between imports and exports came to $2.32 billion",
"The gap between what India buys from China and what it sells there reached ..." name neither a surplus nor a deficit
word, and the nearest cue read them as two-way trade ("imports and exports") or as the side named last ("what it
buys"). The sides joined under "gap / difference between" make the figure the balance: a deficit unless the sentence
names a surplus and no deficit."""
from __future__ import annotations

from datetime import date

from inline import trade_values
from tariffscope.articles.trade_values import sides_balance_kind

PUB = date(2025, 7, 15)


def kinds(body: str) -> dict[float, str]:
    return {v["value"]: v["kind"] for v in trade_values(body, PUB)}


def test_gap_between_imports_and_exports_is_the_deficit(values_rules_only):
    body = ("Pakistan's exports fell 4% in June from a year earlier. "
            "In June alone, the gap between imports and exports came to $2.32 billion, the data showed.")
    assert kinds(body)[2.32e9] == "trade_deficit"


def test_what_it_buys_and_what_it_sells_with_its_base_figure(values_rules_only):
    body = ("The Commerce Department published its annual figures on Thursday. "
            "The difference between what the United States sells to other countries and what it buys from them "
            "came to just over $901 billion, down from $904 billion in 2024, the department said.")
    k = kinds(body)
    assert k[901e9] == "trade_deficit"
    assert k[904e9] == "trade_deficit"


def test_a_surplus_named_in_the_sentence_gives_the_surplus(values_rules_only):
    body = ("China's customs agency released its full-year data on Wednesday. "
            "Over the whole of 2025, the gap between what China sold and what it bought reached $1.189 trillion, "
            "the largest annual surplus the country has ever posted.")
    assert kinds(body)[1189e9] == "trade_surplus"


def test_guard_no_sides_or_a_clause_of_its_own_gives_no_balance():
    """A gap between two scenarios is no trade balance; an amount in a clause after the sides ("..., as exports rose
    to") keeps its own noun."""
    assert sides_balance_kind("The gap between the two scenarios is about $5 billion.", 38) is None
    text = "The gap between imports and exports narrowed in May as exports rose to $5 billion."
    assert sides_balance_kind(text, text.index("$")) is None


def test_the_learned_kind_follows_the_sides():
    """With the shipped weights: the learned step takes the rules' balance where the sides tell it."""
    body = ("India's merchandise exports rose 3% in March. "
            "The gap between imports and exports came to USD 21.54 billion in March.")
    assert kinds(body)[21.54e9] == "trade_deficit"
