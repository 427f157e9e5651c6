"""Round 20b (xratelists20b): rates stated as a list, each item pairing one rate with who pays it or the goods --
every item is a rate, and an item naming no party of its own is the list's measure."""
from __future__ import annotations

from inline import tariff_tuples


def test_rate_for_country_list_gives_one_fact_per_country():
    # the head of the list has no tariff noun beside it; the sentence comes under a heading of its own
    got = tariff_tuples("President Trump announced tariffs on imports from every trading partner.\n\n"
                        "How Australia compares\n\n"
                        "Other countries have been hit with much steeper rates: 34% for China, 46% for Vietnam, "
                        "20% for the European Union and 32% for Taiwan.")
    assert {(g[1], g[3]) for g in got} >= {("CHN", 34.0), ("VNM", 46.0), ("EUU", 20.0), ("TWN", 32.0)}


def test_bracketed_rates_after_countries():
    got = tariff_tuples("The new US duties will also fall on India's rivals in the shrimp market, including Ecuador "
                        "(10 per cent), Vietnam (46 per cent) and Indonesia (32 per cent).")
    assert {(g[0], g[1], g[3]) for g in got} >= {("USA", "ECU", 10.0), ("USA", "VNM", 46.0), ("USA", "IDN", 32.0)}


def test_goods_at_rate_items_share_the_lists_parties():
    got = tariff_tuples("India will cut its tariffs on European goods. These include machinery, which now pays "
                        "44 per cent, chemicals at up to 22 per cent and pharmaceuticals at 11 per cent.")
    assert ("IND", "EUU", "chemicals", 22.0) in {g[:4] for g in got}
    assert ("IND", "EUU", "pharmaceuticals", 11.0) in {g[:4] for g in got}


def test_shares_in_brackets_are_no_rates():
    got = tariff_tuples("Mexico's exports to the United States face a 25% tariff. The fastest-growing lines were "
                        "machinery (62.5%), household metal products (18.8%) and appliances (6.4%). Russia took "
                        "a 14.4% share, followed by China at 11.6% and Germany at 9.4%.")
    assert {g[3] for g in got} == {25.0}
