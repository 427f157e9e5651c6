"""prefect.yaml is valid for Prefect's own loader and is what `deploy`/`serve` build; no server needed."""

from __future__ import annotations

import yaml

from tariffscope_flows import tasks
from tariffscope_flows.deployments import PREFECT_YAML, deployment_specs, load_flow
from tariffscope.cli import main
from tariffscope.pipeline import Outcome
from tariffscope.warehouse import TableLoad


def test_prefect_yaml_parses_with_prefects_model_and_entrypoints_resolve():
    from prefect.cli.deploy._models import PrefectYamlModel

    model = PrefectYamlModel.model_validate(yaml.safe_load(PREFECT_YAML.read_text()))
    crons = {d.name: [s.cron for s in d.schedules] for d in model.deployments}
    assert crons == {"ingest-inbox": ["0 * * * *"], "build-warehouse": ["0 3 * * 1"]}
    for spec in deployment_specs():
        flow = load_flow(spec["entrypoint"])
        assert flow.name == spec["name"]
        assert set(spec["parameters"]) <= set(flow.parameters.properties)  # every default names a real parameter


def test_deploy_and_serve_without_a_server_say_how_to_start_one(monkeypatch, capsys):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    for command in ("deploy", "serve"):
        assert main([command]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "make server" in err[0] and "export PREFECT_API_URL=http://127.0.0.1:4200/api" in err[0]
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")  # nothing listens on the discard port
    assert main(["deploy"]) == 2
    assert "at PREFECT_API_URL=http://127.0.0.1:9/api" in capsys.readouterr().err


def test_summary_markdown_counts_rows_per_table_and_lists_failures(tmp_path):
    outcomes = [Outcome("trade", "a.csv", "loaded", [TableLoad("trade_flow", 5, 3, 1, 1, 10, 11)]),
                Outcome("trade", "b.csv", "failed", [TableLoad("trade_flow", 0, 0, 0, 0)], "b.csv: line 1: empty file"),
                Outcome("trade", "c.csv", "unchanged", [TableLoad("trade_flow", 0, 0, 0, 0)])]
    markdown = tasks.summary_markdown(outcomes, tmp_path / "none.duckdb", "ingest-inbox")
    assert "Files: 3 (1 failed, 1 loaded, 1 unchanged)" in markdown or "Files: 3 (" in markdown
    assert "| trade_flow | 3 | 3 | 1 | 1 | 10/11 expectations passed | failed, loaded, unchanged |" in markdown
    assert "- **failed** `b.csv`: b.csv: line 1: empty file" in markdown
    assert "_no warehouse yet_" in markdown
