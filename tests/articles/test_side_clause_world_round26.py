"""Round 26: a figure whose partner the sentence names only in a side clause after the amount, as the counterpart of
a flow of that clause's own ("Irish exports reach €134.4bn as pharma sales to US soar", "..., with a recovery in sales
to the United States playing a part", "..., hurt by the halt in cattle exports to the U.S."), is the country's flow
with the world: one party.  A figure whose own clause names a partner, even by role, keeps it."""
from __future__ import annotations

from datetime import date

from inline import parties_by_amount

PUB = date(2025, 12, 16)


def pairs(body: str) -> dict[float, frozenset]:
    return parties_by_amount(body, PUB)


def test_a_world_figure_with_a_partners_sales_in_an_as_clause(values_rules_only):
    body = ("Ireland's pharma boom lifted its trade. "
            "Irish exports reached €134.4bn in the first five months of the year as pharma sales to the US soared.")
    assert pairs(body)[134.4e9] == {"IRL"}


def test_a_world_figure_with_a_partners_sales_in_a_with_clause(values_rules_only):
    body = ("India's merchandise exports rose strongly in November despite steep US tariffs. "
            "Goods exports grew 19 percent from a year earlier to $38.13 billion, with a recovery in sales to the "
            "United States playing a part.")
    assert pairs(body)[38.13e9] == {"IND"}


def test_a_world_figure_hurt_by_a_partners_flow(values_rules_only):
    body = ("Mexico's exports reached an all-time high for September. "
            "Agricultural exports were $1.29 billion (down 14.5%), hurt by the weather and by the halt in cattle "
            "exports to the U.S. because of the New World screwworm.")
    assert pairs(body)[1.29e9] == {"MEX"}


# guards: the readings that were right stay right
def test_a_balance_with_a_partner_by_role_keeps_it(values_rules_only):
    body = ("Canada's trade deficit narrowed in July. "
            "Canada's surplus with its southern neighbour widened to C$6.7 billion, the biggest since March, as imports "
            "from the U.S. declined 2.2%.")
    assert pairs(body)[6.7e9] == {"CAN", "USA"}


def test_a_bilateral_figure_with_a_side_clause_keeps_its_partner(values_rules_only):
    body = ("Vietnam's shipments to America surged in May. "
            "Exports to the United States rose 34% to $12.6 billion, as buyers rushed orders ahead of the tariffs.")
    assert pairs(body)[12.6e9] == {"VNM", "USA"}
