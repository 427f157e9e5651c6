"""Commands that need no flow: sql (sandboxed), extract, status, export, validate, --help."""

from __future__ import annotations

import json

import pytest

from tariffscope.cli import build_parser, main


@pytest.mark.parametrize("command", ["run", "ingest", "extract", "sql", "validate", "status", "export"])
def test_every_subcommand_explains_itself(command, capsys):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([command, "--help"])
    assert done.value.code == 0 and "usage: tariffscope " + command in capsys.readouterr().out


def test_sql_prints_the_2024_us_imports_from_mexico_of_hs87(bundled_warehouse, capsys):
    query = ("select sum(value_usd) as v from trade_flow where reporter_iso3='USA' and partner_iso3='MEX' "
             "and year=2024 and flow='import' and hs_code='87'")
    assert main(["sql", query, "--format", "json", "--warehouse", str(bundled_warehouse)]) == 0
    assert json.loads(capsys.readouterr().out) == [{"v": 136556709549.0}]


@pytest.mark.parametrize("query", [
    "delete from trade_flow",
    "copy (select 1) to 'leak.csv'",
    "select * from read_csv('/etc/hostname')",
    "attach 'other.duckdb'",
])
def test_sql_cannot_write_or_touch_files(bundled_warehouse, query, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["sql", query, "--warehouse", str(bundled_warehouse)]) == 2
    assert capsys.readouterr().err.startswith("error:")
    assert not (tmp_path / "leak.csv").exists()


def test_sql_on_a_missing_warehouse_says_how_to_build_it(tmp_path, capsys):
    assert main(["sql", "select 1", "--warehouse", str(tmp_path / "none.duckdb")]) == 2
    assert "tariffscope run" in capsys.readouterr().err


def test_sql_csv_output(bundled_warehouse, capsys):
    assert main(["sql", "select code, description from hs_chapter where code = '01'", "--format", "csv",
                 "--warehouse", str(bundled_warehouse)]) == 0
    assert capsys.readouterr().out == "code,description\n01,LIVE ANIMALS\n"


def test_extract_prints_the_contract_json(capsys):
    from tariffscope.settings import DATA_DIR

    assert main(["extract", str(DATA_DIR / "articles" / "carney-sheinbaum-mexico-city.txt")]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert set(facts) == {"article", "tariffs", "trade_values", "quotes", "people", "countries"}
    assert {(t["imposer"], t["target"], t["rate_pct"]) for t in facts["tariffs"]} == {("USA", "CAN", 50.0), ("USA", "MEX", 25.0)}


def test_extract_of_an_unreadable_file_is_one_line_and_exit_2(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["extract", str(empty)]) in (0, 2)
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 1


def test_status_and_export(bundled_warehouse, tmp_path, capsys):
    assert main(["status", "--warehouse", str(bundled_warehouse)]) == 0
    out = capsys.readouterr().out
    assert "Last loads" in out and f"Report:    {bundled_warehouse.parent / 'tariffscope-report' / 'index.html'}" in out
    assert main(["export", "--parquet", str(tmp_path / "pq"), "--warehouse", str(bundled_warehouse)]) == 0
    written = {p.stem for p in (tmp_path / "pq").glob("*.parquet")}
    assert {"trade_flow", "claim_check", "tariff_exposure", "bilateral_balance", "trade_trend"} <= written


@pytest.mark.parametrize(("column", "value", "shown"), [
    ("year", 2024, "2024"), ("rows_loaded", 1256, "1,256"), ("partner_code", 1220, "1220"),
    ("value_usd", 136_556_709_549.0, "136,556,709,549.00"), ("rate", 1.3698, "1.3698"), ("rate_pct", 50.0, "50"),
    ("gap_pct", -0.18, "-0.18"), ("notes", None, ""),
])
def test_table_cells_keep_years_and_codes_plain(column, value, shown):
    from tariffscope.cli import cell

    assert cell(column, value) == shown


def test_sql_table_shows_the_figure_with_separators_and_the_year_plain(bundled_warehouse, capsys):
    query = ("select year, sum(value_usd) as value_usd from trade_flow where reporter_iso3='USA' and partner_iso3='MEX' "
             "and year=2024 and flow='import' and hs_code='87' group by year")
    assert main(["sql", query, "--warehouse", str(bundled_warehouse)]) == 0
    out = capsys.readouterr().out
    assert "136,556,709,549.00" in out and "2024" in out and "2,024" not in out
