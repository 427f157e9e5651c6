"""Round 19 (xproducts19): the subject goods of "carry" / "attract" and of a second coordinated rate.

LABELING.md: product = the goods the rate is on, as the sentence stating the rate names them.  A subject that
carries or attracts the rate names those goods ("American apples would carry an extra 25 percent customs duty"), also
for a second rate the same subject carries ("... a 2.49% anti-dumping duty and a 5.77% countervailing duty"); a
coordinated verb ("stays on the list and will carry") has its subject earlier in the sentence."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples


def test_the_subject_of_carry_is_the_goods_of_the_rate():
    got = tariff_tuples("India is weighing new duties on U.S. fruit. Under India's plan, American apples would carry "
                        "an extra 25 percent customs duty.", date(2025, 11, 1))
    assert {g[2] for g in got if g[3] == 25.0} == {"apples"}


def test_the_subject_of_attract_is_the_goods_of_the_rate():
    got = tariff_tuples("India halved the import duty on crude edible oils. Refined oils were left untouched and "
                        "continue to attract a total duty of 35.75 per cent.", date(2025, 6, 1))
    assert {g[2] for g in got if g[3] == 35.75} == {"refined oils"}


def test_a_second_rate_the_subject_carries_keeps_its_goods():
    # (round 22b: a subject's open-vocabulary goods must come back in the story, so the story names them twice)
    got = tariff_tuples("Shrimp exporters count the cost.\n\nIndian shrimp already carries a 2.49% anti-dumping duty and a 5.77% countervailing duty in "
                        "the US.", date(2025, 8, 1))
    assert {(g[2], g[3]) for g in got} >= {("shrimp", 2.49), ("shrimp", 5.77)}


def test_a_coordinated_verb_reads_the_subject_before_it():
    got = tariff_tuples("Canada published its final list of countermeasures on U.S. goods, from jam to ketchup. Strawberry jam, however, "
                        "stays on the list and will carry a 10 per cent tariff.", date(2025, 3, 5))
    assert {g[2] for g in got if g[3] == 10.0} == {"strawberry jam"}
