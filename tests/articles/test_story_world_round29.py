"""Round 29 (xtvparty29): under a headline that states one bilateral flow ("India's exports to the US fall ..."), an
unnamed figure of that flow is the headline's pair unless the story reports the flow with the world too (round 27).
A world word that is part of a name ("think tank Global Trade Research Initiative said ...", "The World Bank") or
that qualifies a duty or demand ("the same global duties whatever their origin") says nothing of the flow's partner;
a world word of the flow itself ("Total exports", "Overall, the value of UK goods exports fell") still does."""
from __future__ import annotations

from datetime import date

from inline import parties_by_amount

PUB = date(2025, 11, 20)


def pairs(body: str) -> dict[float, frozenset]:
    return parties_by_amount(body, PUB)


def test_a_think_tank_named_global_is_no_world_figure(values_rules_only):
    body = ("India's exports to the US slide in October as tariffs bite\n\n"
            "Think tank Global Trade Research Initiative said exports to America dropped sharply after the duties.\n\n"
            "Shipments were worth $6.3 billion in October.")
    assert pairs(body)[6.3e9] == {"IND", "USA"}


def test_global_duties_are_no_world_figure(values_rules_only):
    body = ("India's exports to the US down 28.5% in five months\n\n"
            "Goods that pay the same global duties whatever their origin made up only 7.6% of shipments in October.\n\n"
            "Pharmaceutical exports slipped 1.6% to $733.6 million.")
    assert pairs(body)[733.6e6] == {"IND", "USA"}


# guards: a world word of the flow itself keeps the unnamed figure one-party, as in round 27
def test_total_exports_keep_one_party(values_rules_only):
    body = ("India's exports to the US slide in October as tariffs bite\n\n"
            "Total exports also fell in the month, the ministry said.\n\n"
            "Shipments were worth $6.3 billion in October.")
    assert pairs(body)[6.3e9] == {"IND"}


def test_a_fronted_world_word_keeps_one_party(values_rules_only):
    body = ("UK exports to the US record biggest fall since 1997\n\n"
            "Overall, the value of UK goods exports fell by almost nine per cent in April.\n\n"
            "Car exports came to £1.2 billion in the month.")
    assert pairs(body)[1.2e9] == {"GBR"}
