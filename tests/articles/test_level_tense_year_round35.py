"""Round 35 (xtvnoperiod35): a trade level the text states with no period is year null (LABELING.md, round 35), a
statistic whose period another sentence gives keeps that year.  The reading is the tense of the verb that states the
figure: a present state or estimate ("put ... at", "amount to"), or no finite verb ("with exports worth ...") is the
standing level; a past verb ("fell ... to", "were worth") is a statistic, also when a relative clause between commas has
an "is" of its own; a headline's present is the news present."""
from __future__ import annotations

from datetime import date

from inline import trade_values


def years(body: str, published: date) -> dict[float, int | None]:
    return {v["value"]: v["year"] for v in trade_values(body, published)}


def test_an_estimate_put_at_a_level_is_undated(values_rules_only):
    # d518, d632, d423
    body = ("New Zealand's trade minister played down the new US tariff.\n\nHe said the two economies were close. "
            "He put New Zealand's surplus with the United States at around $500 million, a figure he called small.")
    assert years(body, date(2025, 8, 1))[5e8] is None


def test_exports_worth_a_level_with_no_finite_verb_are_undated(values_rules_only):
    # d833, d2301, d2341
    body = ("Indian garment makers brace for the 50% US tariff.\n\nThe export council counts textiles and clothing, "
            "with exports to the US worth USD 10.3 billion, among the sectors facing the heaviest damage.")
    assert years(body, date(2025, 8, 28))[1.03e10] is None


def test_a_relative_clauses_is_does_not_make_a_past_statistic_undated(values_rules_only):
    # d618: the figure's verb is "fell"; "which is Germany's biggest trading partner" is the partner's clause
    body = ("German exports fell unexpectedly, official data showed.\n\nShipments to the United States, which "
            "is Germany's biggest trading partner outside the EU, fell 2.5 per cent to €10.9 billion.")
    assert years(body, date(2025, 10, 9))[1.09e10] == 2025


def test_a_past_were_worth_row_keeps_the_storys_year(values_rules_only):
    # d2107: "were worth" is past, not the present "worth"
    body = ("South Africa's trade surplus widened, the revenue service said.\n\nExports to Asia were worth R54.8bn "
            "and exports to Europe R46.8bn.")
    assert years(body, date(2025, 12, 31))[5.48e10] == 2025
