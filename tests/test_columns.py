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


# --- the suites and readers against the DDL: what cannot be derived is checked equal ----------------------

# Columns a suite may check that no table stores: added to a frame for validation only, never loaded.
VALIDATION_ONLY = {"body_length"}  # article_* parts: the article's body length, so spans can be checked


def test_every_column_a_suite_checks_is_a_column_of_its_table():
    """The suites name columns one expectation at a time, each with its reason (expectations/*.json); they are
    not generated from the DDL, so a renamed or dropped column must fail here rather than be skipped."""
    from tariffscope.settings import EXPECTATIONS_DIR
    from tariffscope.validate import load_suite, suite_columns

    suites = sorted(p.stem for p in EXPECTATIONS_DIR.glob("*.json"))
    assert len(suites) == 13
    for table in suites:
        unknown = set(suite_columns(load_suite(table))) - set(columns(table)) - VALIDATION_ONLY
        assert not unknown, f"expectations/{table}.json checks {sorted(unknown)}: not columns of {table} in sql/schema/"


def test_each_merge_key_is_its_suites_unique_key():
    """warehouse.NATURAL_KEYS (what a load replaces) and each suite's uniqueness rule (what a load may hold) name
    the same key: a table's key, or for an article's parts its article (the suite adds the part's position)."""
    from tariffscope.validate import load_suite
    from tariffscope.warehouse import NATURAL_KEYS

    for table, key in NATURAL_KEYS.items():
        unique = [e["kwargs"].get("column_list") or [e["kwargs"]["column"]] for e in load_suite(table)["expectations"]
                  if e["type"] in ("expect_compound_columns_to_be_unique", "expect_column_values_to_be_unique")]
        expected = [*key, "position"] if table.startswith("article_") else key
        assert expected in unique, f"{table}: merge key {key}, suite unique keys {unique}"


def test_the_tariff_reader_builds_the_ddls_columns_and_types(tmp_path):
    """measures.normalize spells out each column's normalization; its result is still exactly the DDL's."""
    from tariffscope.measures import REQUIRED, read_tariffs

    csv = tmp_path / "m.csv"
    csv.write_text(",".join(REQUIRED) + "\n"
                   "USA,MEX,Passenger vehicles,8703,25,Section 232 autos,Proclamation 10908,2025-03-26,2025-04-03,,no,CBP,https://x\n"
                   "USA,ALL,All products,,10,Reciprocal baseline,IEEPA,2025-04-02,2025-04-05,,partial,CBP,https://y\n")
    frame = read_tariffs(csv).frame
    assert dict(frame.drop("_row_number").schema) == polars_schema("tariff_measure")  # (the load matches by name)
    assert frame.height == 2 and frame["hs_chapters"].to_list() == [["87"], []]


def test_every_trade_reader_builds_the_ddls_columns_and_types(tmp_path):
    """Each trade format computes its columns; read_trade keeps the DDL's (columns('trade_flow')). The types
    must be the DDL's too, or the load would cast silently."""
    from tariffscope.trade import read_trade

    files = {
        "baci.csv": "t,i,j,k,v,q\n2024,842,484,870323,1000.5,2\n2024,124,842,870323,7,\n",
        "census.csv": "CTY_CODE,CTY_NAME,I_COMMODITY,COMM_LVL,GEN_VAL_MO,YEAR,MONTH\n"
                      "1220,CANADA,87,HS2,7,2024,02\n2010,MEXICO,87,HS2,9,2024,02\n",
        "comtrade.csv": "typeCode,freqCode,refYear,refMonth,period,reporterCode,flowCode,partnerCode,partner2Code,"
                        "classificationCode,cmdCode,customsCode,motCode,qtyUnitCode,qtyUnitAbbr,qty,primaryValue\n"
                        "C,A,2024,52,2024,842,M,484,0,HS,87,C00,0,-1,N/A,0,136560000000\n"
                        "C,A,2024,52,2024,842,M,124,0,HS,87,C00,0,-1,N/A,0,1000\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        frame = read_trade(tmp_path / name).frame
        assert frame.height == 2, name
        assert dict(frame.drop("_row_number").schema) == polars_schema("trade_flow"), name
