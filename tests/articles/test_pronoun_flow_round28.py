"""Round 28 (xtvflow28): a pronoun subject of a level verb ("They rose 1 per cent year on year to US$215.28 billion",
"Over the whole of 2025 it reached $178 billion") refers back to the flow or balance the sentence before names: the
amount is of that kind ("they" a plural flow, "it" a balance or two-way trade), with that sentence's partner. On the
base such a sentence has no trade word and its amount is no trade value at all."""
from __future__ import annotations

from datetime import date

from inline import values_by_amount
from tariffscope.articles.context import Context
from tariffscope.articles.text import normalize_body
from tariffscope.articles.trade_values import candidates, pronoun_subject

PUB = date(2025, 11, 10)


def facts(body: str) -> dict[float, dict]:
    return values_by_amount(body, PUB)


def test_they_after_imports_is_imports(values_rules_only):
    body = ("China's exports fell 1.1% in October to US$305.35 billion. "
            "Imports also disappointed. "
            "They rose 1 per cent year on year to US$215.28 billion, well short of the forecast.")
    f = facts(body)
    assert f[215.28e9]["kind"] == "imports"
    assert f[215.28e9]["parties"] == ["CHN"]


def test_it_after_a_surplus_with_a_partner_is_that_surplus(values_rules_only):
    body = ("Since the middle of 2025, Vietnam's surplus with the United States has run ahead of China's. "
            "Over the whole of 2025 it reached $178 billion.")
    f = facts(body)
    assert f[178e9]["kind"] == "trade_surplus"
    assert sorted(f[178e9]["parties"]) == ["USA", "VNM"]


def test_they_after_exports_to_a_partner_keeps_the_pair_and_the_conversion(values_rules_only):
    body = ("German exports to the United States fell again in August. "
            "According to the statistics office, exports to the United States were 2.5 percent lower than in July. "
            "Compared with August last year they were down 20.1 percent, at 10.9 billion euros (12.7 billion U.S. "
            "dollars), their weakest level since November 2021.")
    f = facts(body)
    for value in (10.9e9, 12.7e9):
        assert f[value]["kind"] == "exports"
        assert f[value]["parties"] == ["DEU", "USA"]


def test_guard_a_pronoun_for_a_price_reads_nothing(values_rules_only):
    """"It" for the price of gold: the sentence before names no flow, so no trade value is made."""
    body = ("Worries that gold could be taxed sent the price of the metal to a record of $3,534.10 an ounce. "
            "It then slipped back to $3,461.40 million at about 8pm, once the clarification had been reported.")
    assert 3461.4e6 not in facts(body)


def test_guard_two_kinds_before_leave_the_pronoun_unread():
    """A sentence before naming exports and imports leaves "they" unread (no kind of one flow to take)."""
    body = ("Exports rose 3% while imports fell 2% in October. "
            "They reached $40 billion in the month.")
    ctx = Context.build(normalize_body(body), PUB)
    assert [c.antecedent for c in candidates(ctx)] == [None]


def _at_amount(sentence: str) -> str | None:
    return pronoun_subject(sentence, sentence.index("US$") if "US$" in sentence else sentence.index("$"))


def test_guard_the_pronoun_needs_a_level_verb_and_its_own_clause():
    assert _at_amount("They rose 1 per cent year on year to US$215.28 billion") == "they"
    assert _at_amount("It took Ottawa only a few hours to answer with a response worth $30 billion") is None
    assert _at_amount("They fell as imports rose to $30 billion") is None
