"""The first hour (issue 14): usage errors before anything is written, one-line errors, the up-to-date check
(no Prefect, nothing written), what "unchanged" means, status showing real loads, global options."""

from __future__ import annotations

import shutil
import subprocess
import sys

import duckdb
import pytest

from tariffscope import pipeline, plan
from tariffscope.cli import build_parser, main
from tariffscope.settings import DATA_DIR

BIN = sys.executable.rsplit("/", 1)[0]
HEADER = "reporter_iso3,partner_iso3,year,flow,value_usd,source,hs_code\n"
GOOD = HEADER + "USA,MEX,2024,import,136556709549,US Census,87\nUSA,CAN,2024,import,50416450000,US Census,87\n"


def tariffscope(*argv, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([f"{BIN}/tariffscope", *argv], capture_output=True, text=True, timeout=300, **kwargs)


def audit_rows(warehouse) -> int:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute("select count(*) from load_audit").fetchone()[0]


@pytest.fixture
def warehouse_copy(bundled_warehouse, tmp_path):
    """The bundled warehouse, copied so a test may write to it (with a report beside it, as after a run)."""
    target = tmp_path / "w.duckdb"
    shutil.copy(bundled_warehouse, target)
    (tmp_path / "w-report").mkdir()
    (tmp_path / "w-report" / "index.html").write_text("<html></html>")
    return target


def test_version_and_global_options_before_or_after_the_command(bundled_warehouse, capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("tariffscope 0.")
    for argv in (["--warehouse", str(bundled_warehouse), "sql", "select 1 as x", "--format", "csv"],
                 ["sql", "select 1 as x", "--format", "csv", "--warehouse", str(bundled_warehouse)],
                 ["-q", "--warehouse", str(bundled_warehouse), "sql", "-v", "select 1 as x", "--format", "csv"]):
        assert main(argv) == 0, argv
        assert capsys.readouterr().out == "x\n1\n"


@pytest.mark.parametrize("command", ["run", "ingest", "extract", "sql", "tables", "describe", "validate", "status",
                                     "export", "report", "deploy", "serve"])
def test_every_subcommand_has_a_description(command, capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args([command, "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: tariffscope " + command)
    assert len(out.split("\n\n")[1].strip()) > 20  # the paragraph after the usage lines


def test_ingest_trade_help_lists_the_columns_and_every_format_header(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["ingest", "--help"])
    out = capsys.readouterr().out
    assert "reporter_iso3, partner_iso3, year, month, flow, hs_code" in out
    assert "baci             t, i, j, k, v, q" in out and "comtrade-legacy" in out and "CTY_CODE" in out


def test_run_with_a_missing_data_dir_stops_before_anything_is_written(tmp_path):
    """Issue 14 item 6: `run --data-dir /nonexistent`."""
    warehouse = tmp_path / "w.duckdb"
    done = tariffscope("run", "--data-dir", "/nonexistent", "--warehouse", str(warehouse))
    assert done.returncode == 2
    assert done.stderr == "error: --data-dir /nonexistent: no such folder\n"
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_format_is_a_usage_error_even_for_a_loaded_file(warehouse_copy):
    """Issue 14 item 5: `--format xyz` on an already-loaded file."""
    before = audit_rows(warehouse_copy)
    done = tariffscope("ingest", "trade", str(DATA_DIR / "trade" / "bilateral_trade_annual.csv"), "--format", "xyz",
                       "--warehouse", str(warehouse_copy))
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 2 and "invalid choice: 'xyz'" in done.stderr and "Traceback" not in done.stderr
    assert audit_rows(warehouse_copy) == before


def test_unchanged_means_same_content_kind_format_and_reader_version(tmp_path, monkeypatch):
    """Issue 14 item 5: a file loaded as trade is not 'unchanged' as an article, in another format or after a
    reader change."""
    warehouse, data = tmp_path / "w.duckdb", tmp_path / "flows.csv"
    data.write_text(GOOD)
    assert pipeline.ingest_file("trade", data, warehouse).status == "loaded"
    assert plan.up_to_date(warehouse, plan.file_inputs("trade", [data]))
    assert plan.up_to_date(warehouse, plan.file_inputs("trade", [data], "canonical"))
    assert not plan.up_to_date(warehouse, plan.file_inputs("trade", [data], "comtrade"))
    assert not plan.up_to_date(warehouse, plan.file_inputs("articles", [data]))
    assert pipeline.unchanged(warehouse, "articles", data) is None
    assert pipeline.unchanged(warehouse, "trade", data, "baci") is None
    monkeypatch.setattr("tariffscope.warehouse.reader_version", lambda table: "0.1.0+a-reader-fix")
    assert not plan.up_to_date(warehouse, plan.file_inputs("trade", [data]))


def test_a_no_op_run_says_up_to_date_and_writes_nothing(warehouse_copy, capsys):
    """Issue 14 items 7 and 10: no Prefect, no audit rows, the per-table figures."""
    before = audit_rows(warehouse_copy)
    assert main(["run", "--warehouse", str(warehouse_copy)]) == 0
    out = capsys.readouterr().out
    inputs = len(pipeline.reference_sources()) + sum(len(pipeline.bundled_paths(k)) for k in ("trade", "tariffs", "articles"))
    assert out.startswith(f"Up to date: all {inputs} inputs are unchanged")
    assert "trade_flow" in out and "452" in out and "tariff_measure" in out
    assert audit_rows(warehouse_copy) == before


def test_a_no_op_run_does_not_import_prefect(warehouse_copy):
    code = ("import sys; from tariffscope.cli import main; rc = main(['run', '-q', '--warehouse', sys.argv[1]]); "
            "assert rc == 0; assert not [m for m in sys.modules if m == 'prefect' or m.startswith(('prefect.', 'flows', 'tariffscope_flows'))]")
    done = subprocess.run([sys.executable, "-c", code, str(warehouse_copy)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_no_op_ingest_as_json(warehouse_copy, capsys):
    data = str(DATA_DIR / "trade" / "bilateral_trade_annual.csv")
    assert main(["ingest", "trade", data, "--output", "json", "--warehouse", str(warehouse_copy)]) == 0
    import json

    answer = json.loads(capsys.readouterr().out)
    assert answer["status"] == "up to date" and answer["tables"] == [{"table": "trade_flow", "files": 1, "rows_now": 452}]


def test_status_shows_real_loads_not_no_ops(warehouse_copy, capsys):
    """Issue 14 item 7: unchanged rows (from older versions or the flows) stay out of "Last loads"."""
    data = DATA_DIR / "trade" / "bilateral_trade_annual.csv"
    for _ in range(3):
        assert pipeline.ingest_file("trade", data, warehouse_copy).status == "unchanged"
    assert main(["status", "--format", "json", "--warehouse", str(warehouse_copy)]) == 0
    import json

    status = json.loads(capsys.readouterr().out)
    assert status["Last loads"] and {row["status"] for row in status["Last loads"]} == {"loaded"}


def test_a_busy_warehouse_is_one_line_and_exit_2(warehouse_copy, tmp_path):
    """Issue 14 item 3: `ingest` against a warehouse held by another writer."""
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(60)", str(warehouse_copy)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        data = tmp_path / "new.csv"
        data.write_text(GOOD)
        done = tariffscope("ingest", "trade", str(data), "--warehouse", str(warehouse_copy),
                           env={**__import__("os").environ, "TARIFFSCOPE_LOCK_TIMEOUT": "1"})
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 2
    assert done.stderr.startswith(f"error: warehouse {warehouse_copy} is busy (held by PID {holder.pid})")
    assert len(done.stderr.splitlines()) == 1


def test_validate_ends_with_a_one_line_summary(warehouse_copy, capsys):
    assert main(["validate", "--warehouse", str(warehouse_copy)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("validate: ") and "expectations passed on" in last and "0 failed" in last


def test_two_warehouses_in_one_folder_keep_their_own_docs_and_report(tmp_path):
    """Issue 14 item 8: `--warehouse a/w.duckdb` beside `a/x.duckdb`."""
    from tariffscope.settings import docs_dir, report_dir
    from tariffscope.report.build import default_out_dir

    w, x = tmp_path / "a" / "w.duckdb", tmp_path / "a" / "x.duckdb"
    assert (docs_dir(w), report_dir(w)) == (tmp_path / "a" / "w-docs", tmp_path / "a" / "w-report")
    assert {docs_dir(w), report_dir(w)}.isdisjoint({docs_dir(x), report_dir(x)})
    assert default_out_dir(x) == report_dir(x)


def test_a_no_op_run_still_brings_the_views_up_to_date(warehouse_copy, tmp_path, monkeypatch, capsys):
    """After an upgrade that changes a view (a model file newer than the warehouse), the no-op path applies it."""
    import os

    models = tmp_path / "models"
    shutil.copytree(__import__("tariffscope.settings", fromlist=["x"]).SQL_MODELS_DIR, models)
    (models / "trade_trend.sql").write_text("select 42 as answer\n")
    monkeypatch.setattr("tariffscope.plan.SQL_MODELS_DIR", models)
    monkeypatch.setattr("tariffscope.warehouse.SQL_MODELS_DIR", models)
    os.utime(warehouse_copy, (1, 1))
    assert main(["run", "--warehouse", str(warehouse_copy)]) == 0
    assert capsys.readouterr().out.startswith("Up to date")
    with duckdb.connect(str(warehouse_copy), read_only=True) as con:
        assert con.execute("select * from trade_trend").fetchall() == [(42,)]
