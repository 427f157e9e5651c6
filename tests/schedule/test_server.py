"""Against a real `prefect server start`: `tariffscope deploy` registers both cron deployments, and a run of
ingest-inbox triggered by hand is executed by `tariffscope serve` and loads the dropped file."""

from __future__ import annotations

import subprocess

import duckdb
import pytest
from schedule_helpers import BIN, GOOD_TRADE, drop, stop, tail

pytestmark = pytest.mark.flow

RUN_TIMEOUT_S = 120


def read_deployments(api_url: str) -> dict:
    from prefect import get_client

    with get_client(sync_client=True) as client:
        flows = {f.id: f.name for f in client.read_flows()}
        return {f"{flows[d.flow_id]}/{d.name}": d for d in client.read_deployments()}


def test_deploy_then_serve_runs_the_inbox_deployment(prefect_server, api, tmp_path):
    from prefect.deployments import run_deployment

    warehouse, inbox = tmp_path / "w.duckdb", tmp_path / "inbox"
    drop(inbox, "trade", "census-2024.csv", GOOD_TRADE)
    # TARIFFSCOPE_INBOX: a scheduled run firing during the test (top of the hour) reads this inbox too, never data/inbox
    env = {**prefect_server["env"], "TARIFFSCOPE_INBOX": str(inbox), "PREFECT_RUNNER_POLL_FREQUENCY": "1"}

    deploy = subprocess.run([str(BIN / "tariffscope"), "deploy", "--warehouse", str(warehouse)], env=env,
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert deploy.returncode == 0, deploy.stderr
    deployments = read_deployments(api)
    assert {name: [s.schedule.cron for s in d.schedules] for name, d in deployments.items()} == {
        "ingest-inbox/ingest-inbox": ["0 * * * *"], "build-warehouse/build-warehouse": ["0 3 * * 1"]}
    assert all(s.active and s.schedule.timezone == "UTC" for d in deployments.values() for s in d.schedules)
    assert deployments["ingest-inbox/ingest-inbox"].parameters == {
        "inbox_dir": None, "warehouse": str(warehouse), "settle_seconds": 5.0}
    assert deployments["ingest-inbox/ingest-inbox"].entrypoint == "tariffscope_flows.inbox.ingest_inbox"  # a module path

    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        serve = subprocess.Popen([str(BIN / "tariffscope"), "serve", "--warehouse", str(warehouse)], env=env,
                                 stdout=out, stderr=subprocess.STDOUT, start_new_session=True, cwd=tmp_path)
    try:
        flow_run = run_deployment("ingest-inbox/ingest-inbox", parameters={"inbox_dir": str(inbox)},
                                  timeout=RUN_TIMEOUT_S, poll_interval=1)
        assert flow_run.state.is_completed(), f"{flow_run.state!r}\n{tail(log)}"
    finally:
        stop(serve, first=2)  # SIGINT, as Ctrl-C: serve pauses its schedules on the way out

    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from trade_flow where source_file like '%census-2024.csv'").fetchone()[0] == 2
        assert con.execute("select status from load_audit").fetchall() == [("loaded",)]
    assert (inbox / "processed" / "trade" / "census-2024.csv").exists()

    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run.id])))
    assert [a.key for a in artifacts] == ["ingest-inbox-summary"] and "| trade_flow | 1 | 2 |" in artifacts[0].data

    status = subprocess.run([str(BIN / "tariffscope"), "status", "--warehouse", str(warehouse)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert status.returncode == 0, status.stderr
    assert "Next scheduled runs" in status.stdout and "ingest-inbox/ingest-inbox" in status.stdout
    assert "paused" in status.stdout  # serve stopped: pause_on_shutdown


def test_deploy_on_a_lake_then_a_run_loads_the_lake(prefect_server, api, tmp_path):
    """`deploy --warehouse ducklake:… --data-path DIR` (a lake that does not exist yet): the deployments name the
    lake, a run of ingest-inbox served with no data path loads into it, and its Parquet files go under DIR."""
    from prefect.deployments import run_deployment

    from tariffscope import lake, warehouse as wh
    from tariffscope.target import Warehouse

    spec, data, inbox = f"ducklake:{tmp_path}/team.ducklake", tmp_path / "lake-data", tmp_path / "inbox"
    drop(inbox, "trade", "census-2024.csv", GOOD_TRADE)
    env = {**prefect_server["env"], "TARIFFSCOPE_INBOX": str(inbox), "PREFECT_RUNNER_POLL_FREQUENCY": "1"}
    env.pop("TARIFFSCOPE_DATA_PATH", None)
    deploy = subprocess.run([str(BIN / "tariffscope"), "deploy", "--warehouse", spec, "--data-path", str(data)],
                            env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert deploy.returncode == 0, deploy.stderr
    deployments = read_deployments(api)
    assert {name: d.parameters["warehouse"] for name, d in deployments.items()} == {
        "ingest-inbox/ingest-inbox": spec, "build-warehouse/build-warehouse": spec}

    log = tmp_path / "serve.log"
    with open(log, "wb") as out:  # serve re-registers the deployments: with the same lake, and no data path
        serve = subprocess.Popen([str(BIN / "tariffscope"), "serve", "--warehouse", spec], env=env, stdout=out,
                                 stderr=subprocess.STDOUT, start_new_session=True, cwd=tmp_path)
    try:
        flow_run = run_deployment("ingest-inbox/ingest-inbox", parameters={"inbox_dir": str(inbox)},
                                  timeout=RUN_TIMEOUT_S, poll_interval=1)
        assert flow_run.state.is_completed(), f"{flow_run.state!r}\n{tail(log)}"
    finally:
        stop(serve, first=2)

    target = Warehouse.parse(spec)
    assert wh.query(target, "select round(sum(value_usd) / 1e9, 2) from trade_flow where reporter_iso3 = 'USA' and "
                            "partner_iso3 = 'MEX' and year = 2024 and flow = 'import' and hs_code = '87'").item() == 136.56
    assert wh.query(target, "select status, rows_in, rows_loaded from load_audit").rows() == [("loaded", 2, 2)]
    with wh.reading(target) as con:
        assert lake.data_path(con) == f"{data}/"
    assert (inbox / "processed" / "trade" / "census-2024.csv").exists()
