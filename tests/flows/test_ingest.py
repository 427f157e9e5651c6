"""`tariffscope ingest` through the real ingest-files flow: bad files fail alone, refusals change nothing.

What the command line itself answers (exit codes, one-line errors) goes through `main` (the real child process
of the flow layer); what only the flow decides (quarantine, replacing a changed file's rows) calls the flow
in-process against the same session server: no Prefect start-up per call."""

from __future__ import annotations

import duckdb

from tariffscope.cli import main

HEADER = "reporter_iso3,partner_iso3,year,flow,value_usd,source,hs_code\n"
GOOD = HEADER + "USA,MEX,2024,import,136556709549,US Census,87\nUSA,CAN,2024,import,50416450000,US Census,87\n"


def snapshot(warehouse) -> dict[str, list]:
    """Every data table's rows (audit and validation logs excluded: they record the refusal)."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = [r[0] for r in con.execute("select table_name from duckdb_tables() where table_name not in ('load_audit', 'validation_result')").fetchall()]
        return {t: sorted(map(str, con.execute(f"select * from {t}").fetchall())) for t in tables}


def test_rows_failing_row_level_rules_are_quarantined_and_the_rest_load(tmp_path):
    from tariffscope_flows.ingest import ingest_files

    warehouse = tmp_path / "w.duckdb"
    data = tmp_path / "flows.csv"
    data.write_text(GOOD + "USA,XXA,2024,import,5,US Census,87\nUSA,MEX,2024,import,-3,US Census,72\n")
    assert [o.status for o in ingest_files("trade", [str(data)], warehouse=str(warehouse))] == ["loaded"]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from trade_flow").fetchone()[0] == 2
        quarantined = con.execute("select row_number, failed_expectations from quarantine order by row_number").fetchall()
        audit = con.execute("select rows_in, rows_loaded, rows_quarantined, rows_filtered from load_audit").fetchall()
    assert quarantined == [(3, ["expect_column_values_to_be_in_set(partner_iso3)"]),
                           (4, ["expect_column_values_to_be_between(value_usd)"])]
    assert audit == [(4, 2, 2, 0)]


def test_unreadable_file_fails_alone_with_exit_2(tmp_path, capfd):
    warehouse = tmp_path / "w.duckdb"
    good, empty, wrong = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "c.csv"
    good.write_text(GOOD)
    empty.write_text("")
    wrong.write_text("country,amount\nCanada,12\n")
    assert main(["ingest", "trade", str(good), str(empty), str(wrong), "--warehouse", str(warehouse)]) == 2
    err = capfd.readouterr().err
    assert "b.csv: line 1: empty file" in err
    assert "c.csv: line 1 (header)" in err
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from trade_flow").fetchone()[0] == 2
        statuses = dict(con.execute("select regexp_extract(source_file, '[a-c][.]csv'), status from load_audit").fetchall())
    assert statuses == {"a.csv": "loaded", "b.csv": "failed", "c.csv": "failed"}


def test_a_missing_path_is_a_usage_error_before_any_flow_runs(tmp_path, capfd):
    warehouse = tmp_path / "w.duckdb"
    assert main(["ingest", "trade", str(tmp_path / "nope.csv"), "--warehouse", str(warehouse)]) == 2
    assert f"no such file or folder: {tmp_path / 'nope.csv'}" in capfd.readouterr().err
    assert not warehouse.exists()


def test_a_file_that_vanishes_before_it_is_read_fails_alone(tmp_path):
    from tariffscope_flows.ingest import ingest_files

    warehouse, gone = tmp_path / "w.duckdb", tmp_path / "gone.csv"
    [outcome] = ingest_files("trade", [str(gone)], warehouse=str(warehouse))
    assert outcome.status == "failed" and "gone.csv: cannot read: No such file" in outcome.message
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select status from load_audit").fetchall() == [("failed",)]


def test_table_level_failure_refuses_the_file_and_leaves_the_warehouse_as_it_was(tmp_path, capfd):
    warehouse = tmp_path / "w.duckdb"
    (tmp_path / "good.csv").write_text(GOOD)
    assert main(["ingest", "trade", str(tmp_path / "good.csv"), "--warehouse", str(warehouse)]) == 0
    before = snapshot(warehouse)
    bad = tmp_path / "bad.csv"  # most values unreadable: the table-level rule refuses the whole file
    bad.write_text(HEADER + "USA,MEX,2023,import,n/a,US Census,87\nUSA,MEX,2023,import,n/a,US Census,72\nUSA,MEX,2023,import,1,US Census,73\n")
    assert main(["ingest", "trade", str(bad), "--warehouse", str(warehouse)]) == 1
    assert "bad.csv: refused, nothing loaded" in capfd.readouterr().err
    assert snapshot(warehouse) == before
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select status from load_audit where source_file like '%bad.csv'").fetchall() == [("rejected",)]


def test_a_changed_file_replaces_its_own_rows_only(tmp_path):
    from tariffscope_flows.ingest import ingest_files

    warehouse = tmp_path / "w.duckdb"
    mine, other = tmp_path / "mine.csv", tmp_path / "other.csv"
    mine.write_text(GOOD)
    other.write_text(HEADER + "CAN,MEX,2024,import,34293000000,Statistics Canada,TOTAL\n")
    assert [o.status for o in ingest_files("trade", [str(mine), str(other)], warehouse=str(warehouse))] == ["loaded"] * 2
    mine.write_text(HEADER + "USA,MEX,2024,import,136000000000,US Census,87\n")
    assert [o.status for o in ingest_files("trade", [str(mine)], warehouse=str(warehouse))] == ["loaded"]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("select reporter_iso3, partner_iso3, value_usd from trade_flow order by 1, 2").fetchall()
    assert rows == [("CAN", "MEX", 34293000000.0), ("USA", "MEX", 136000000000.0)]


def test_a_file_loaded_as_an_article_is_not_unchanged_as_trade(tmp_path, capfd):
    """Issue 14 item 5, the exact command: `ingest trade article.txt` for a file already loaded as an article."""
    from tariffscope import pipeline
    from tariffscope.settings import DATA_DIR

    warehouse = tmp_path / "w.duckdb"
    article = DATA_DIR / "articles" / "carney-sheinbaum-mexico-city.txt"
    assert pipeline.ingest_file("articles", article, warehouse).status == "loaded"
    assert main(["ingest", "trade", str(article), "--warehouse", str(warehouse)]) == 2
    out, err = capfd.readouterr()
    assert "unchanged" not in out and "Up to date" not in out
    assert "carney-sheinbaum-mexico-city.txt: line 1 (header)" in err and "Traceback" not in err
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select table_name, status from load_audit where table_name in ('article', 'trade_flow') "
                           "order by finished_at").fetchall() == [("article", "loaded"), ("trade_flow", "failed")]
