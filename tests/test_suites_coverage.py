"""Every remaining suite: a passing 2-row set, and for each row-level rule a row that fails it."""

from __future__ import annotations

import polars as pl
import pytest

from tariffscope.validate import load_suite, validate_frame

SHA = "d" * 64
PASSING = {
    "article": {"article_id": [SHA, "e" * 64], "title": ["A", None], "source_file": ["a.txt", "b.txt"],
                "n_paragraphs": [12, 3], "body": ["text", "more"]},
    "article_trade_claim": {"article_id": [SHA, SHA], "position": [0, 1], "party_a_iso3": ["CAN", "CAN"],
                            "party_b_iso3": ["MEX", "USA"], "year": [2024, 2024], "value": [40.5e9, 924.4e9],
                            "currency": ["USD", "CAD"], "kind": ["total_trade", "total_trade"], "sentence": ["s", "s"],
                            "span_start": [0, 0], "span_end": [10, 10], "body_length": [50, 50]},
    "article_quote": {"article_id": [SHA, SHA], "position": [0, 1], "speaker": ["Mark Carney", "Claudia Sheinbaum"],
                      "text": ["We will move forward together", "q"], "span_start": [5, 20], "span_end": [15, 30], "body_length": [40, 40]},
    "article_person": {"article_id": [SHA, SHA], "position": [0, 1], "name": ["Mark Carney", "Claudia Sheinbaum"],
                       "country_iso3": ["CAN", "MEX"]},
    "article_country": {"article_id": [SHA, SHA], "position": [0, 1], "iso3": ["CAN", "MEX"]},
    "country": {"iso3": ["CAN", "MEX"], "name": ["Canada", "Mexico"]},
    "hs_chapter": {"code": ["01", "87"], "description": ["LIVE ANIMALS", "VEHICLES"]},
    "fx_rate": {"currency": ["CAD", "MXN"], "year": [2024, 2024], "usd_per_unit": [0.73, 0.0546]},
    "product_scope_hs": {"keyword": ["steel", "copper"], "pattern": ["steel", "copper"]},
}
FAILING = [  # (table, column, bad value for the second row, expectation that must catch it)
    ("article", "article_id", "not-a-sha", "expect_column_values_to_match_regex(article_id)"),
    ("article", "article_id", SHA, "expect_column_values_to_be_unique(article_id)"),
    ("article", "body", None, "expect_column_values_to_not_be_null(body)"),
    ("article", "n_paragraphs", -1, "expect_column_values_to_be_between(n_paragraphs)"),
    ("article_trade_claim", "party_b_iso3", "ZZZ", "expect_column_values_to_be_in_set(party_b_iso3)"),
    ("article_trade_claim", "value", -1.0, "expect_column_values_to_be_between(value)"),
    ("article_trade_claim", "currency", "BTC", "expect_column_values_to_be_in_set(currency)"),
    ("article_trade_claim", "kind", "gdp", "expect_column_values_to_be_in_set(kind)"),
    ("article_trade_claim", "year", 1066, "expect_column_values_to_be_between(year)"),
    ("article_trade_claim", "span_end", 99, "expect_column_pair_values_a_to_be_greater_than_b(body_length, span_end)"),
    ("article_trade_claim", "position", 0, "expect_compound_columns_to_be_unique(article_id, position)"),
    ("article_quote", "speaker", None, "expect_column_values_to_not_be_null(speaker)"),
    ("article_quote", "span_start", -2, "expect_column_values_to_be_between(span_start)"),
    ("article_person", "country_iso3", "XXX", "expect_column_values_to_be_in_set(country_iso3)"),
    ("article_person", "name", None, "expect_column_values_to_not_be_null(name)"),
    ("article_country", "iso3", "Canada", "expect_column_values_to_be_in_set(iso3)"),
    ("country", "iso3", "CA", "expect_column_values_to_match_regex(iso3)"),
    ("country", "iso3", "CAN", "expect_column_values_to_be_unique(iso3)"),
    ("hs_chapter", "code", "1", "expect_column_values_to_match_regex(code)"),
    ("fx_rate", "usd_per_unit", 0.0, "expect_column_values_to_be_between(usd_per_unit)"),
    ("fx_rate", "currency", "C$", "expect_column_values_to_match_regex(currency)"),
    ("product_scope_hs", "keyword", "steel", "expect_column_values_to_be_unique(keyword)"),
]


def frame(table: str, column: str | None = None, value=None) -> pl.DataFrame:
    rows = {k: list(v) for k, v in PASSING[table].items()}
    if column:
        rows[column][1] = value
    return pl.DataFrame(rows, strict=False)


@pytest.mark.parametrize("table", sorted(PASSING))
def test_passing_rows_pass_every_row_level_rule(table):
    assert validate_frame(table, frame(table)).failed_rows == {}


@pytest.mark.parametrize(("table", "column", "value", "expectation"), FAILING, ids=[f"{t}-{e}" for t, _, _, e in FAILING])
def test_each_rule_catches_its_row(table, column, value, expectation):
    failed = validate_frame(table, frame(table, column, value)).failed_rows
    assert expectation in failed.get(1, []), failed


def test_every_expectation_says_why_and_at_which_level():
    from tariffscope.settings import EXPECTATIONS_DIR

    for path in EXPECTATIONS_DIR.glob("*.json"):
        for expectation in load_suite(path.stem)["expectations"]:
            assert expectation["meta"]["level"] in ("row", "table") and expectation["meta"]["why"], (path.name, expectation)
