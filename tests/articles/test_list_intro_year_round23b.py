"""Round 23b: a row of a list or table flattened to text ("US exports to Thailand: USD 17.7 billion") that states no
period of its own takes the one year of the line introducing the list ("Trade in 2024:", a heading "France-US goods
trade, 2023") -- not the publication year."""
from __future__ import annotations

from datetime import date

import pytest
from inline import trade_values

PUB = date(2025, 4, 3)


LEDE = ("Trade ministers met in Geneva on Monday to discuss the new US tariffs.\n\n"
        "Officials said the talks would continue next week.\n\n"
        "Exporters are watching closely.\n\n")


def years(body: str, published: date = PUB) -> dict[float, int | None]:
    return {v["value"]: v["year"] for v in trade_values(LEDE + body, published)}


@pytest.mark.parametrize("body", [
    # a line ending in a colon states the year (d490 form)
    ("US President Donald Trump on April 2, 2025 announced reciprocal tariffs on goods from Thailand.\n\n"
     "Trade in 2024:\n\n"
     "US exports to Thailand: USD 17.7 billion\n\n"
     "Thai exports to the US: USD 63.3 billion\n\n"
     "Announced tariff: 36 %"),
    # a heading states the year (d389 form)
    ("France sells less to the US than it buys from it, unlike most of Europe.\n\n"
     "France-US goods trade, 2023 (French customs)\n\n"
     "French exports to the US: €45.2 billion\n\n"
     "French imports from the US: €51.8 billion"),
])
def test_list_rows_take_the_year_of_their_introduction(values_rules_only, body):
    got = set(years(body).values())
    assert len(years(body)) == 2 and got in ({2024}, {2023})


def test_a_row_stating_its_own_year_keeps_it(values_rules_only):
    # guard: the row's own period wins over the intro's
    body = ("The US announced new tariffs on Thai goods on Wednesday.\n\n"
            "Trade in 2024:\n\n"
            "Thai exports to the US: USD 63.3 billion\n\n"
            "US exports to Thailand in the first quarter of 2025: USD 4.1 billion")
    assert years(body) == {63.3e9: 2024, 4.1e9: 2025}


def test_an_introduction_with_two_years_decides_nothing(values_rules_only):
    # guard: "(June 2024 in brackets)" -- two years, the rows keep their own reading (the latest, this year's)
    body = ("Turkey's trade deficit widened in June, official data showed on Thursday.\n\n"
            "Key figures, June 2025 (June 2024 in brackets):\n\n"
            "Exports: USD 20.52 billion\n\n"
            "Imports: USD 28.69 billion")
    assert set(years(body, date(2025, 7, 31)).values()) == {2025}


def test_a_lone_label_line_is_no_list(values_rules_only):
    # guard: one "Label: amount" line under a dated heading is no list; the story's year stands
    body = ("Exports to the US rose in March, the statistics office said.\n\n"
            "Outlook for 2026\n\n"
            "Exports to the US: $12.2 billion")
    assert years(body, date(2025, 4, 8))[12.2e9] == 2025
