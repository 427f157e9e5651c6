"""Round 44 (xgoods44): a collective goods noun ("metals") at a rate no reading gives a member of stands for the members
the text names where a reader looks for what it points back to -- its own sentence ("British steel and aluminium, which
still pay 25 percent even though Washington doubled its metals tariff to 50 percent"), the sentence before ("Steel and
aluminium are a different story. British shipments of both metals pay a 25% US tariff"), or the headline.  LABELING.md:
a collective noun for goods the text names -> the named goods.  With no member named it stays "metals".  The stories
run the rules alone.
"""
from __future__ import annotations

from inline import rate_products as products


def test_the_members_of_the_collectives_own_sentence(rules_only):
    body = ("UK exports slide\n\nThe agreement also promises to remove the duties on British steel and aluminium, which "
            "for now still pay 25 percent even though Washington doubled its metals tariff to 50 percent this month.")
    assert {("steel", 50.0), ("aluminium", 50.0)} <= products(body)
    assert ("metals", 50.0) not in products(body)


def test_both_metals_points_back_to_the_sentence_before(rules_only):
    body = ("Carmakers win relief\n\nCarmakers won relief on Monday. Steel and aluminium are a different story. "
            "British shipments of both metals pay a 25% US tariff.")
    assert products(body) == {("steel", 25.0), ("aluminium", 25.0)}


def test_a_collective_with_no_member_named_stays(rules_only):
    body = ("India budget\n\nThe finance minister presented the budget on Saturday. The duty on metals rises to 20%.")
    assert products(body) == {("metals", 20.0)}
