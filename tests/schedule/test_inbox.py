"""The ingest-inbox flow, in-process against the session's real Prefect server: once per content, failures
alone, files moved to processed/ or failed/, a markdown artifact per run."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from schedule_helpers import GOOD_TRADE, TRADE_HEADER, drop
from tariffscope.cli import main
from tariffscope.settings import DATA_DIR

pytestmark = pytest.mark.flow


def audit(warehouse: Path) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute("select regexp_extract(source_file, '[^/]+$'), status from load_audit "
                           "order by finished_at, source_file").fetchall()


def count(warehouse: Path, sql: str) -> int:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchone()[0]


def summary_artifact(state) -> str:
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(any_=["ingest-inbox-summary"]),
            flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])))
    assert len(artifacts) == 1
    return artifacts[0].data


def test_the_same_file_dropped_twice_loads_once(api, tmp_path):
    from tariffscope_flows.inbox import ingest_inbox

    inbox, warehouse = tmp_path / "inbox", tmp_path / "w.duckdb"
    run = lambda: ingest_inbox(inbox_dir=str(inbox), warehouse=str(warehouse), settle_seconds=5)  # noqa: E731

    drop(inbox, "trade", "flows.csv", GOOD_TRADE)
    assert [o.status for o in run()] == ["loaded"]
    drop(inbox, "trade", "flows.csv", GOOD_TRADE)       # the same file again
    drop(inbox, "trade", "copy of flows.csv", GOOD_TRADE)  # the same content under another name
    assert [o.status for o in run()] == ["unchanged", "unchanged"]
    fresh = drop(inbox, "trade", "late.csv", TRADE_HEADER + "USA,MEX,2023,import,5,US Census,87\n", age_s=0)
    assert run() == []                                   # still being written: left for the next run
    assert fresh.exists()

    assert audit(warehouse) == [("flows.csv", "loaded"), ("copy of flows.csv", "unchanged"), ("flows.csv", "unchanged")]
    assert count(warehouse, "select count(*) from trade_flow") == 2
    processed = {p.name for p in (inbox / "processed" / "trade").iterdir()}
    assert {"copy of flows.csv", "flows.csv"} < processed and len(processed) == 3  # nothing overwritten
    assert [n for n in processed if n.startswith("flows.") and n.endswith("Z.csv")]  # the second flows.csv, timestamped
    assert sorted(p.name for p in (inbox / "trade").iterdir()) == ["late.csv"]


def test_a_corrupt_file_fails_alone_visible_in_status_and_the_artifact(api, tmp_path, capsys):
    from tariffscope_flows.inbox import ingest_inbox

    inbox, warehouse = tmp_path / "inbox", tmp_path / "w.duckdb"
    drop(inbox, "trade", "good.csv", GOOD_TRADE)
    drop(inbox, "trade", "corrupt.csv", b"\x00\x01PK\x03\x04 not a csv\xff\xfe\n")
    drop(inbox, "tariffs", "measures.csv", (DATA_DIR / "tariffs" / "tariff_measures_2025.csv").read_bytes())
    article = next((DATA_DIR / "articles").iterdir())
    drop(inbox, "articles", article.name, article.read_bytes())

    state = ingest_inbox(inbox_dir=str(inbox), warehouse=str(warehouse), settle_seconds=5, return_state=True)
    assert state.is_completed()  # one bad file does not fail the run
    statuses = {Path(o.source_file).name: o.status for o in state.result()}
    assert statuses == {"good.csv": "loaded", "corrupt.csv": "failed", "measures.csv": "loaded", article.name: "loaded"}

    assert count(warehouse, "select count(*) from trade_flow") == 2
    assert count(warehouse, "select count(*) from tariff_measure") == 42
    assert count(warehouse, "select count(*) from article") == 1
    assert (inbox / "failed" / "trade" / "corrupt.csv").exists()
    assert "failed:" in (inbox / "failed" / "trade" / "corrupt.csv.error.txt").read_text()
    assert {p.name for p in (inbox / "processed").rglob("*") if p.is_file()} == {"good.csv", "measures.csv", article.name}
    assert not [p for kind in ("trade", "tariffs", "articles") for p in (inbox / kind).iterdir()]

    markdown = summary_artifact(state)
    assert "Files: 4 (3 loaded, 1 failed)" in markdown
    assert "- **failed** `" in markdown and "corrupt.csv" in markdown
    assert "| trade_flow | 2 | 2 | 0 | 0 |" in markdown
    assert "| tariff_measure | 1 | 42 |" in markdown
    assert "## claim_check verdicts" in markdown and "| tariff |" in markdown

    capsys.readouterr()
    assert main(["status", "--warehouse", str(warehouse)]) == 0
    status = capsys.readouterr().out
    last_loads = status.split("Rows per table")[0]
    assert "corrupt.csv" in "".join(last_loads.split()).replace("│", "")  # the path may be folded over lines
    assert "│ failed │" in last_loads


def test_a_file_that_crashes_its_reader_fails_alone(api, tmp_path, monkeypatch):
    from tariffscope_flows.inbox import ingest_inbox
    from tariffscope import pipeline

    real = pipeline.read_source

    def read_source(kind, path, *args, **kwargs):
        if Path(path).name == "poison.csv":
            raise IndexError("list index out of range")
        return real(kind, path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "read_source", read_source)
    inbox, warehouse = tmp_path / "inbox", tmp_path / "w.duckdb"
    drop(inbox, "trade", "a.csv", GOOD_TRADE)
    drop(inbox, "trade", "poison.csv", TRADE_HEADER + "USA,MEX,2023,import,5,US Census,87\n")
    outcomes = ingest_inbox(inbox_dir=str(inbox), warehouse=str(warehouse))
    assert [(Path(o.source_file).name, o.status) for o in outcomes] == [("a.csv", "loaded"), ("poison.csv", "failed")]
    assert "unexpected IndexError" in outcomes[1].message
    assert (inbox / "failed" / "trade" / "poison.csv").exists()


def test_a_missing_inbox_is_an_empty_run(api, tmp_path):
    from tariffscope_flows.inbox import ingest_inbox

    assert ingest_inbox(inbox_dir=str(tmp_path / "nothing"), warehouse=str(tmp_path / "w.duckdb")) == []
