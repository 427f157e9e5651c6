"""Round 25b: labelled amounts the money finder never read -- a number in words ("about half a billion US dollars"),
the Malaysian "bil" and a wire's "trln", a hyphen between a currency letter's number and its multiplier
("R28.6-billion") and Indian digit grouping ("Rs 3,14,821 crore") -- are trade values when their clause says trade;
money paid in tariffs ("half a billion dollars in tariff expenses") is none."""
from __future__ import annotations

from datetime import date

from inline import values_by_amount

from tariffscope.articles.money import find_money

PUB = date(2025, 9, 1)


def values(body: str) -> dict[float, dict]:
    return values_by_amount(body, PUB)


def test_an_amount_in_words_is_a_balance(values_rules_only):
    body = ("New Zealand was handed a 15% US tariff. "
            "He put New Zealand's surplus with the United States at around half a billion dollars, a figure he said "
            "was not significant.")
    got = values(body)
    assert got[0.5e9]["kind"] == "trade_surplus" and set(got[0.5e9]["parties"]) == {"NZL", "USA"}


def test_an_amount_in_words_of_exports(values_rules_only):
    body = ("Dominican free zones pay the US tariff. "
            "Its exports of those products to the United States amounted to only three million dollars last year.")
    got = values(body)
    assert got[3e6]["kind"] == "exports" and got[3e6]["currency"] == "USD"


def test_malaysian_bil_and_wire_trln(values_rules_only):
    body = ("Malaysia counts on its largest market. "
            "The United States is Malaysia's largest export market, taking goods worth nearly RM200bil last year. "
            "China ran a trade surplus of $1.189 trln in 2024, a record.")
    got = values(body)
    assert got[200e9]["currency"] == "MYR" and got[200e9]["kind"] == "exports"
    assert got[1.189e12]["kind"] == "trade_surplus"


def test_indian_digit_grouping_reads_the_whole_number(values_rules_only):
    body = ("India's trade deficit widened in January. "
            "India's trade deficit grew to Rs 3,14,821 crore ($34.68 billion) in January.")
    got = values(body)
    assert got[3148210000000.0]["currency"] == "INR" and got[3148210000000.0]["kind"] == "trade_deficit"


def test_a_hyphen_after_a_currency_letter():
    text = "The automotive industry exported goods worth R28.6-billion to the US."
    assert [(m.value, m.currency) for m in find_money(text)] == [(28.6e9, "ZAR")]


# guards: the neighbouring readings stay as they were
def test_money_paid_in_tariffs_is_no_trade_value(values_rules_only):
    body = ("Caterpillar and Deere feel the cost of tariffs on goods from China. "
            "Deere alone is preparing for about half a billion dollars in tariff expenses in 2025.")
    assert 0.5e9 not in values(body)


def test_number_words_without_a_currency_or_a_bare_a_are_no_money():
    text = "A million tonnes of grain and two billion people; the firm paid a million dollars."
    assert find_money(text) == []


def test_western_grouping_still_reads():
    text = "exports of $1,234,567 and 1,000,000 euros, and in 2018, 33,356; 2019, 34,237"
    assert [m.value for m in find_money(text)] == [1234567.0, 1000000.0]


# round 25b, the other side: an amount after "by" with a change verb shortly before is a change (LABELING.md: "Not
# trade values: changes"), in any inflection or with the verb's object between
def test_a_change_by_an_amount_is_no_level(values_rules_only):
    body = ("UK exports to the US fell again in April. "
            "UK goods exports to the US slumped by £2 billion in April, to £4.1 billion. "
            "From June to July exports climbed by R14.5bn, or 8.5%, and imports by R15.2bn. "
            "The trade war cut the value of U.S. soybean exports to China by $9 billion.")
    got = values(body)
    assert 2e9 not in got and 15.2e9 not in got and 9e9 not in got
    assert 4.1e9 in got


def test_a_balance_defined_by_exceeding_stays_a_level(values_rules_only):
    body = ("Brazil's trade with the world. "
            "In August Brazil's total exports to all destinations exceeded its imports by US$6.1 billion, MDIC said.")
    assert 6.1e9 in values(body)
