"""The real build-warehouse flow on a temporary DuckDB file, asserting real figures."""

from __future__ import annotations

import duckdb
import pytest

from tariffscope_flows.build_warehouse import build_warehouse
from tariffscope.pipeline import exit_code

TABLES = ["country", "hs_chapter", "trade_flow", "tariff_measure", "article", "article_tariff_claim",
          "article_trade_claim", "article_quote", "article_person", "article_country", "validation_result", "load_audit"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    warehouse = tmp_path_factory.mktemp("flow") / "tariffscope.duckdb"
    outcomes = build_warehouse(warehouse=str(warehouse))
    return warehouse, outcomes


def counts(warehouse) -> dict[str, int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES + ["quarantine"]}


def test_every_table_is_filled_from_the_bundled_data(built):
    warehouse, outcomes = built
    assert exit_code(outcomes) == 0
    assert {o.status for o in outcomes} == {"loaded"}
    filled = counts(warehouse)
    assert all(filled[t] > 0 for t in TABLES), filled
    assert filled["trade_flow"] == 60 + 392 and filled["tariff_measure"] == 42 and filled["quarantine"] == 0


def test_us_imports_from_mexico_of_hs87_in_2024(built):
    warehouse, _ = built
    with duckdb.connect(str(warehouse), read_only=True) as con:
        value = con.execute("select sum(value_usd) from trade_flow where reporter_iso3='USA' and partner_iso3='MEX' "
                            "and year=2024 and flow='import' and hs_code='87'").fetchone()[0]
    assert round(value / 1e9, 2) == 136.56


def test_audit_rows_balance(built):
    warehouse, _ = built
    with duckdb.connect(str(warehouse), read_only=True) as con:
        unbalanced = con.execute("select count(*) from load_audit where rows_in <> rows_loaded + rows_quarantined + rows_filtered").fetchone()[0]
    assert unbalanced == 0


def test_second_run_on_unchanged_inputs_changes_no_row_count(built):
    warehouse, _ = built
    before = counts(warehouse)
    outcomes = build_warehouse(warehouse=str(warehouse))
    assert {o.status for o in outcomes} == {"unchanged"}
    after = counts(warehouse)
    assert {t: n for t, n in after.items() if t != "load_audit"} == {t: n for t, n in before.items() if t != "load_audit"}
    assert after["load_audit"] == before["load_audit"] + len(outcomes)  # each no-op is recorded


def test_the_run_ends_with_the_report_beside_the_warehouse(built):
    warehouse, _ = built
    page = (warehouse.parent / "tariffscope-report" / "index.html").read_text(encoding="utf-8")
    assert "<svg" in page and "claim_check" in page.lower()
    assert "supported" in page and "contradicted" in page
