"""Round 45 (xoldrate45): the old rate of a change the rules read as still to come keeps `in_force` against the
learned status.

"Washington said it would cut its tariffs on Korean automobiles from 25 percent to 15 percent" (dev d1305), "the Section
232 tariff on steel imports from Türkiye is to go up from 25% to 50%" (d1125): the rules read the change ahead
(tariffs._change_ahead_status: new rate `announced`, old rate `in_force`; LABELING.md: the old rate of an announced
change is in force); held out, the learned status re-read the old rate `lifted` while it kept the new rate
`announced`, so the pair told two different changes.  The old rate's `lifted` already stands against the learned
status (RULE_STATUS_STANDS); its `in_force` now does too.  A new rate, or an old rate the rules read lifted, is
untouched.  (In these short stories the shipped weights read both rates right; the `_old_side_ahead` assertions are
the ones that fail without the reading.)
"""
from datetime import date
from functools import partial

from inline import rate_statuses, rate_view

from tariffscope.articles import tariff_model

_view = partial(rate_view, published=date(2025, 11, 14), target="KOR")   # the one rate's view, as the rules read it


def test_the_old_rate_of_a_change_to_come_stays_in_force():
    body = ("Seoul agreed to invest $350 billion in the United States. In return, Washington said it would cut its "
            "tariffs on Korean automobiles from 25 percent to 15 percent.")
    statuses = rate_statuses(body, date(2025, 11, 14))
    assert (25.0, "in_force") in statuses and (15.0, "announced") in statuses
    assert tariff_model._old_side_ahead(_view("Washington said it would cut its tariffs on Korean automobiles from 25 "
                                              "percent to 15 percent.", "25 percent", "old", "in_force"))


def test_the_old_rate_of_a_rise_to_come_stays_in_force():
    body = ("Trump surprised Turkish steelmakers on Tuesday. The Section 232 tariff on steel imports from Turkey is to "
            "go up from 25% to 50%, he said.")
    statuses = rate_statuses(body, date(2025, 11, 14))
    assert (25.0, "in_force") in statuses and (50.0, "announced") in statuses


def test_a_new_rate_or_a_lifted_old_rate_is_the_learned_status_s_to_read():
    sentence = "The tariff on Korean cars has been cut to 15% from 25%."
    assert not tariff_model._old_side_ahead(_view(sentence, "15%", "new", "in_force"))
    assert not tariff_model._old_side_ahead(_view(sentence, "25%", "old", "lifted"))
    assert not tariff_model._old_side_ahead(_view("Korean cars pay 25%.", "25%", None, "in_force"))
