"""`tariffscope sql` in every format: the README queries, the types plain formats have no room for, scripts."""

from __future__ import annotations

import io
import json
import re

import duckdb
import polars as pl
import pytest

from tariffscope.cli import main
from tariffscope.settings import PROJECT_ROOT
from tariffscope.sqlout import FORMATS


def readme_queries() -> list[str]:
    """Every statement of every ```sql block in the README."""
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", text, flags=re.S)
    return [s.query.strip() for block in blocks for s in duckdb.extract_statements(block)]


def run(capsysbinary, *argv) -> tuple[int, bytes, str]:
    code = main(list(argv))
    captured = capsysbinary.readouterr()
    return code, captured.out, captured.err.decode()


def test_the_readme_has_its_queries():
    assert len(readme_queries()) >= 8


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_readme_query_succeeds_in_every_format(bundled_warehouse, capsysbinary, fmt):
    for query in readme_queries():
        code, out, err = run(capsysbinary, "sql", query, "--format", fmt, "--warehouse", str(bundled_warehouse))
        assert (code, err) == (0, ""), query
        if fmt == "json":
            assert isinstance(json.loads(out), list)
        if fmt == "parquet":
            assert pl.read_parquet(io.BytesIO(out)).width > 0


def test_the_tariff_exposure_query_as_csv_writes_lists_as_json_text(bundled_warehouse, capsysbinary):
    query = "select measure_name, covered_chapters from tariff_exposure where year = 2024 and target_iso3 = 'CAN' order by 1 limit 1"
    code, out, _ = run(capsysbinary, "sql", query, "--format", "csv", "--warehouse", str(bundled_warehouse))
    assert code == 0
    header, first = out.decode().splitlines()[:2]
    assert header == "measure_name,covered_chapters" and re.search(r',"\[""[0-9A-Z]+""', first)


def test_an_empty_quarantine_as_csv_is_its_header(bundled_warehouse, capsysbinary):
    code, out, err = run(capsysbinary, "sql", "select * from quarantine", "--format", "csv", "--warehouse", str(bundled_warehouse))
    assert (code, err) == (0, "")
    assert out.decode() == "_load_id,row_number,table_name,source_file,original_row,failed_expectations\n"


AWKWARD = ("select 'Zoë Müller, São Paulo' as name, interval 1 year + interval 2 month + interval 3 day as span, "
           "[1, 2] as codes, {'iso3': 'MEX'} as party, 1234.50::decimal(10, 2) as amount, 'nan'::double as nan_value, "
           "'inf'::double as inf_value, date '2024-06-04' as day, timestamp '2024-06-04 12:30:00' as at")


@pytest.mark.parametrize("fmt", FORMATS)
def test_diacritics_intervals_lists_decimals_nan_and_dates_in_every_format(bundled_warehouse, capsysbinary, fmt,
                                                                          monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")  # table width follows the terminal (CI has none: 160); an xdist worker's differs
    code, out, err = run(capsysbinary, "sql", AWKWARD, "--format", fmt, "--warehouse", str(bundled_warehouse))
    assert (code, err) == (0, "")
    if fmt == "parquet":
        row = pl.read_parquet(io.BytesIO(out)).row(0, named=True)
        assert row["name"] == "Zoë Müller, São Paulo" and row["span"] == "1 year 2 months 3 days" and row["codes"] == [1, 2]
        return
    text = out.decode("utf-8")
    assert "Zoë Müller, São Paulo" in text and "1 year 2 months 3 days" in text
    if fmt == "json":
        assert json.loads(text) == [{"name": "Zoë Müller, São Paulo", "span": "1 year 2 months 3 days", "codes": [1, 2],
                                     "party": {"iso3": "MEX"}, "amount": 1234.5, "nan_value": None, "inf_value": None,
                                     "day": "2024-06-04", "at": "2024-06-04 12:30:00"}]
    if fmt == "csv":
        assert text.splitlines()[1] == ('"Zoë Müller, São Paulo",1 year 2 months 3 days,"[1, 2]","{""iso3"": ""MEX""}",'
                                        "1234.50,nan,inf,2024-06-04,2024-06-04 12:30:00")
        assert pl.read_csv(io.BytesIO(out))["name"][0] == "Zoë Müller, São Paulo"
    if fmt == "markdown":
        assert "| Zoë Müller, São Paulo | 1 year 2 months 3 days | [1, 2] | {\"iso3\": \"MEX\"} | 1234.50 | nan | inf |" in text


def test_a_script_shows_every_result(bundled_warehouse, capsysbinary):
    code, out, _ = run(capsysbinary, "sql", "select 1 as a; select 2 as b", "--format", "json", "--warehouse", str(bundled_warehouse))
    assert code == 0 and [json.loads(line) for line in out.decode().splitlines()] == [[{"a": 1}], [{"b": 2}]]
    code, out, _ = run(capsysbinary, "sql", "select 1 as a; select 2 as b", "--warehouse", str(bundled_warehouse))
    assert code == 0 and "a" in out.decode() and "b" in out.decode()


def test_parquet_holds_one_result(bundled_warehouse, capsysbinary):
    code, out, err = run(capsysbinary, "sql", "select 1; select 2", "--format", "parquet", "--warehouse", str(bundled_warehouse))
    assert code == 2 and out == b"" and err.startswith("error: --format parquet holds one result set") and err.count("\n") == 1


def test_sql_from_a_file_and_from_stdin(bundled_warehouse, capsysbinary, tmp_path, monkeypatch):
    script = tmp_path / "q.sql"
    script.write_text("select code from hs_chapter where code = '87';\n", encoding="utf-8")
    assert run(capsysbinary, "sql", "-f", str(script), "--format", "csv", "--warehouse", str(bundled_warehouse))[1] == b"code\n87\n"
    monkeypatch.setattr("sys.stdin", io.StringIO("select code from hs_chapter where code = '01'"))
    assert run(capsysbinary, "sql", "-", "--format", "csv", "--warehouse", str(bundled_warehouse))[1] == b"code\n01\n"


def test_no_sql_is_a_usage_error(bundled_warehouse, capsysbinary):
    code, _, err = run(capsysbinary, "sql", "--warehouse", str(bundled_warehouse))
    assert code == 2 and err.startswith("error: no SQL") and err.count("\n") == 1


def test_a_bad_query_is_one_line_and_exit_2(bundled_warehouse, capsysbinary):
    code, _, err = run(capsysbinary, "sql", "select nope from trade_flow", "--format", "csv", "--warehouse", str(bundled_warehouse))
    assert code == 2 and err.startswith("error: BinderException") and err.count("\n") == 1


def test_tables_and_describe(bundled_warehouse, capsysbinary):
    code, out, _ = run(capsysbinary, "tables", "--warehouse", str(bundled_warehouse))
    assert code == 0 and "trade_flow" in out.decode() and "claim_check" in out.decode()
    code, out, _ = run(capsysbinary, "--warehouse", str(bundled_warehouse), "describe", "trade_flow")
    assert code == 0 and "value_usd" in out.decode() and "DOUBLE" in out.decode()
    code, _, err = run(capsysbinary, "describe", "nope", "--warehouse", str(bundled_warehouse))
    assert code == 2 and "no table or view named 'nope'" in err
