"""A table's columns and types are written once, in the DDL: tariffscope.columns derives them, and the readers
build their frames from it (issue 13)."""

from __future__ import annotations

import polars as pl
import pytest

from tariffscope.columns import column_types, columns, conform, polars_schema


def test_the_derived_columns_are_the_warehouses(read_db):
    for table in ("trade_flow", "tariff_measure", "article", "article_trade_claim", "country", "fx_rate"):
        described = {name: kind for name, kind, *_ in read_db.execute(f"describe {table}").fetchall()}
        assert column_types(table) == described, table


def test_readers_and_the_contract_agree():
    from tariffscope.trade import TRADE_FLOW_COLUMNS

    assert TRADE_FLOW_COLUMNS == columns("trade_flow") and "_load_id" not in TRADE_FLOW_COLUMNS
    assert columns("trade_flow", loaded=True)[-1] == "_load_id"
    assert polars_schema("article_trade_claim")["year"] == pl.Int16  # smallint in sql/schema/004_articles.sql
    assert polars_schema("tariff_measure")["hs_chapters"] == pl.List(pl.String)


def test_conform_orders_and_casts_to_the_ddl():
    raw = pl.DataFrame({"source": ["ECB"], "usd_per_unit": ["1.0824"], "year": ["2024"], "currency": ["EUR"],
                        "notes": ["dropped: not a column of fx_rate"]})
    frame = conform(raw, "fx_rate")
    assert frame.columns == ["currency", "year", "usd_per_unit", "source"]
    assert frame.row(0) == ("EUR", 2024, 1.0824, "ECB") and frame.schema["year"] == pl.Int16


def test_an_unknown_table_names_the_schema_folder():
    with pytest.raises(KeyError, match="no table 'nope' in .*schema"):
        column_types("nope")
