"""Round 44 (xlifted44): a rate change its clause tells as done keeps the new rate in force and the old one lifted.

"the tariff on UK cars has been cut to 10% from 25%" (dev d112), "Washington lowered the tariff on European cars to 15%,
down from 25%" (d740), "whose rate fell to 20% from the 46% announced earlier" (d925): the rules read the new rate
`in_force` and the old `lifted` (LABELING.md: the old rate of a change in force is lifted); the learned status read the
new rate `announced` and tariff_model.hold_old_rates then kept the old rate in force.  A change still to come ("would
fall to 18% from 50%") is the learned status's to read, as before.  (Held out the misread needs the article around
the sentence; in these short stories the shipped weights read both rates right, so the stories guard the facts and
the `_change_done` assertions are the ones that fail without the reading.)
"""
from datetime import date
from functools import partial

from inline import rate_statuses, rate_view

from tariffscope.articles import tariff_model

_view = partial(rate_view, published=date(2025, 9, 26))   # the one rate's view, as the rules read it


def test_a_perfect_passive_cut_is_done():
    body = ("Britain's exports to the US fell in May. Under that deal, the tariff on UK cars has been cut to 10% from "
            "25%.")
    statuses = rate_statuses(body, date(2025, 7, 3))
    assert (10.0, "in_force") in statuses and (25.0, "lifted") in statuses
    assert tariff_model._change_done(_view("The tariff on UK cars has been cut to 10% from 25%.", "10%", "new",
                                           "in_force"))


def test_a_simple_past_cut_is_done():
    body = ("Earlier this week, Washington lowered the tariff on European cars to 15%, down from 25% charged on top of "
            "existing duties.")
    statuses = rate_statuses(body, date(2025, 9, 26))
    assert (15.0, "in_force") in statuses and (25.0, "lifted") in statuses
    assert tariff_model._change_done(_view("Washington lowered the tariff on European cars to 15%, down from 25%.", "15%",
                                           "new", "in_force"))
    assert tariff_model._change_done(_view("Among them was Vietnam, whose rate fell to 20% from the 46% announced "
                                           "earlier.", "20%", "new", "in_force"))


def test_a_change_still_to_come_is_not_done():
    for sentence in ("US tariffs on Indian goods would fall to 18% from 50% under the deal.",
                     "US cuts tariff on Pakistani goods to 19% from 29%",
                     "The import duty Trump set on Sri Lankan goods is expected to be lowered to 20% from 44%."):
        rate = sentence[sentence.index(" to ") + 4:].split()[0]
        assert not tariff_model._change_done(_view(sentence, rate, "new", "in_force")), sentence
