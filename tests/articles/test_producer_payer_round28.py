"""Round 28 (xproduct28): a producer noun that is itself the subject paying the rate names the rate's goods.

"onion exporters pay a duty of 20%", "Garment exporters now pay a combined 35.5 percent duty on shipments to the US",
"Exporters of crude palm oil will pay 10 percent", "Chinese producers of the plates face a duty of 6.55%" (dev d655,
d666, d644, d1544, d599; LABELING.md: the goods as a short lowercase plural noun phrase).  Round 22's
`_only_names_producers` keeps product null where a producer noun only says who a rate hurts ("Sri Lanka's clothing
industry faces hard times unless ... the 30 percent tariff on its goods"): no pay/face verb runs from the producer
noun into the rate there.  Guards: that reading, a nationality before the producer noun ("Indian exporters will face
a combined import duty of 50%"), and a producer noun in a relative clause ("who have faced a 50% tariff")."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 9, 20)


def _products(body: str, rate: float) -> set:
    return {g[2] for g in tariff_tuples(body, PUBLISHED) if g[3] == rate}


def test_goods_modifier_of_a_paying_producer_noun():
    body = ("Bangladesh's garment exports to the United States slowed in August. Garment exporters now pay a combined "
            "35.5 percent duty on shipments to the US.")
    assert _products(body, 35.5) == {"garments"}


def test_singular_noun_adjunct_is_read_in_the_plural():
    body = ("India cut its export duty on onions. From September 14, onion exporters pay a duty of 20%, down from the "
            "40% that had applied since May 4.")
    assert _products(body, 20.0) == {"onions"}


def test_goods_after_of_of_a_paying_producer_noun():
    body = ("Morocco extended its duties on Egyptian fittings. All other Egyptian exporters of pipe fittings are "
            "charged 22.5%.")
    assert _products(body, 22.5) == {"pipe fittings"}


def test_goods_after_of_before_a_rate_on_shipments():
    body = ("The ministry set duties on Thai resin. Thai exporters of epoxy resins now pay 29.9% on their shipments.")
    assert _products(body, 29.9) == {"epoxy resins"}


def test_open_goods_phrase_after_of_stays_whole():
    body = ("Indonesia raised its export levy. Exporters of crude palm oil will pay 10 percent from next month.")
    assert _products(body, 10.0) == {"crude palm oil"}


def test_goods_after_of_with_a_nationality_before_the_producer_noun():
    body = ("Korea set final duties on plate imports. Most Chinese producers of the plates face a countervailing duty "
            "of 6.55%, while two companies pay more.")
    assert _products(body, 6.55) == {"plates"}


def test_guard_producer_noun_that_only_says_who_is_hurt():
    body = ("Sri Lanka's clothing industry faces hard times unless talks lower the 30 percent tariff on its goods. "
            "Colombo's negotiators fly to Washington next week.")
    assert _products(body, 30.0) == {None}


def test_guard_nationality_before_the_producer_noun():
    body = ("Tiruppur's knitwear units halted orders. Indian exporters will therefore face a combined import duty of "
            "50% on shipments to the US.")
    assert _products(body, 50.0) == {None}


def test_guard_producer_noun_in_a_relative_clause():
    body = ("Textile exporters, who have faced a 50% tariff since August, want relief. "
            "The government has promised support.")
    assert None in _products(body, 50.0) and "textiles" not in _products(body, 50.0)


# Round 28, second form: "to" after a rate whose measure noun comes first ("applied a flat tariff of 50% to steel",
# dev d086) or after an "add" verb ("adds an extra 10% tariff to U.S. soybeans, pork, beef and dairy products", d705).
def test_goods_after_to_of_a_noun_first_rate():
    body = ("The EU halved its steel quota. Washington has applied a flat tariff of 50% to steel, and to several "
            "hundred derivative products, since June.")
    assert _products(body, 50.0) == {"steel"}


def test_goods_after_to_of_an_added_rate():
    body = ("China set two tiers of duties on US farm goods. A second tier adds an extra 10% tariff to U.S. soybeans, "
            "pork and beef, the items American farmers sell most.")
    assert _products(body, 10.0) == {"soybeans", "pork", "beef"}


def test_guard_a_rate_change_after_to_is_no_goods():
    body = "Ottawa raised the tariff of 10% to 25% on Monday. Exporters complained."
    assert _products(body, 25.0) == {None}


def test_guard_apply_to_all_goods_of_a_party():
    body = "Canada applied a surtax of 25% to U.S. goods worth C$30 billion last March. Washington protested."
    assert _products(body, 25.0) == {None}
