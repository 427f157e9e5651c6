"""Round 30 (xstatus30): the learned status reads the verb that governs a rate -- the verb group nearest the rate in
its clause, its tense or modality -- not only the clause's first verb (tariff_model.governing_verbs)."""
from __future__ import annotations

from datetime import date

from tariffscope.articles import tariff_model
from tariffscope.articles.context import Context


def _verbs(body: str, rate: str, status: str = "in_force") -> tuple[str, str, str, str]:
    ctx = Context.build(body, date(2026, 2, 3))
    si = next(i for i, s in enumerate(ctx.sentences) if rate in s.text)
    text = ctx.sentences[si].text
    start = text.index(rate)
    fact = {"imposer": "USA", "target": None, "product": None, "rate_pct": 0.0, "status": status}
    return tariff_model.governing_verbs(tariff_model.RateView(ctx, si, start, start + len(rate), None, fact))


def test_the_nearest_verb_governs_not_the_sentence_first():
    # "said" is the sentence's first verb (past); the rate's own verb group is "would impose"
    body = ("Canada braced for a long dispute. Trump said on Monday that he would impose a 25% tariff on Canadian "
            "lumber. Ottawa did not answer.")
    assert _verbs(body, "25%")[:2] == ("would", "impose")


def test_a_rate_told_as_past_in_its_own_relative_clause():
    # the old rate of the deal: its own clause "that applied until this week" is past, the change's verb future
    body = ("India and the US reached a framework deal. Washington will bring the tariff on Indian goods down to 18%, "
            "from the 50% that applied until this week.")
    assert _verbs(body, "50%") == ("will", "bring", "past", "apply")
    assert _verbs(body, "18%")[2:] == ("none", "none")


def test_a_rate_as_the_subject_of_a_future_passive():
    body = "China published its plan on Tuesday. A 10% levy will be charged on soybeans from March 10."
    assert _verbs(body, "10%") == ("none", "none", "will", "charge")


def test_nouns_spelt_as_verbs_are_no_governing_verb():
    # "the levy", "a 25% charge": nouns; the pluperfect "had been paying" governs the 25%
    body = ("Carmakers welcomed the cut. Until now those cars had been paying a 25% levy on top of the 2.5% charge "
            "that applied before.")
    tb, lb, ta, la = _verbs(body, "25%")
    assert (tb, lb) == ("pluperfect", "pay") and (ta, la) == ("none", "none")
    assert _verbs(body, "2.5%")[2:] == ("past", "apply")


def _signed_order_features() -> set[str]:
    """The status features of the 50% in "The president has signed an order that puts a 50% surcharge ..."."""
    body = "Markets fell. The president has signed an order that puts a 50% surcharge on imports from Brazil."
    ctx = Context.build(body, date(2026, 2, 3))
    start = ctx.sentences[1].text.index("50%")
    fact = {"imposer": "USA", "target": "BRA", "product": None, "rate_pct": 50.0, "status": "announced"}
    return set(tariff_model.status_features(tariff_model.RateView(ctx, 1, start, start + 3, None, fact)))


def test_features_cross_the_tense_with_the_rules_status():
    assert {"gvb=present_s", "rule=announced&gvb=present_s", "gvb=present_s&put", "gva=none"} <= _signed_order_features()


def test_guard_the_clause_tense_features_stay_as_they_were():
    # the older features read the clause's and the sentence's first tense ("has signed": perfect); they stand beside
    # the governing verb's, and a rules' status the learned step may not change stays the rules'
    assert {"rule=announced", "stense=perfect", "rule=announced&stense=perfect", "b2:a"} <= _signed_order_features()
