"""The scheduled deployments, as defined in prefect.yaml: register them (`tariffscope deploy`) or serve them
(`tariffscope serve`). Both need a Prefect server (`make server`): an ephemeral API never runs schedules.

Served deployments need no work pool: `serve` polls the server for due runs of its deployments and runs
each in a subprocess, which imports the flow by its module path (prefect.yaml's entrypoints are module paths
of the installed package tariffscope_flows, so no working directory matters). Runs execute one at a time
(limit=1): every flow writes the same DuckDB file, which takes one writer at a time.
Stopping `serve` pauses the schedules (Prefect's pause_on_shutdown); `tariffscope deploy` or the next
`serve` resumes them.
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from pathlib import Path
from typing import Any

from tariffscope.settings import RESOURCE_ROOT

PREFECT_YAML = RESOURCE_ROOT / "prefect.yaml"  # the project's, or the copy inside an installed wheel


def deployment_specs(path: Path = PREFECT_YAML) -> list[dict[str, Any]]:
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8"))["deployments"]


def load_flow(entrypoint: str):
    """'tariffscope_flows.inbox.ingest_inbox' (a module path entrypoint) -> the flow object."""
    module, name = entrypoint.rsplit(".", 1)
    return getattr(importlib.import_module(module), name)


def runner_deployments(warehouse: str | None = None, paused: bool | None = None) -> list:
    """RunnerDeployments built from prefect.yaml; `warehouse` becomes the default of each `warehouse` parameter."""
    from prefect.schedules import Cron
    from prefect.types.entrypoint import EntrypointType

    deployments = []
    for spec in deployment_specs():
        parameters = dict(spec.get("parameters") or {})
        if warehouse is not None and "warehouse" in parameters:
            parameters["warehouse"] = warehouse
        schedules = [Cron(s["cron"], timezone=s.get("timezone")) for s in spec.get("schedules") or []]
        flow = load_flow(spec["entrypoint"])
        deployments.append(flow.to_deployment(
            name=spec["name"], schedules=schedules, parameters=parameters, description=spec.get("description"),
            tags=spec.get("tags"), concurrency_limit=spec.get("concurrency_limit"), paused=paused,
            entrypoint_type=EntrypointType.MODULE_PATH))  # recorded as the module path: no os.chdir needed
    return deployments


def describe(deployment) -> str:
    crons = ", ".join(f"cron '{s.schedule.cron}' ({s.schedule.timezone or 'UTC'})" for s in deployment.schedules)
    return f"{deployment.flow_name}/{deployment.name}: {crons or 'no schedule'}; entrypoint {deployment.entrypoint}"


def prepare_lake(warehouse: str | None) -> None:
    """A lake is opened (created when new) at deploy time: its catalog then holds the data path chosen now
    (--data-path / $TARIFFSCOPE_DATA_PATH, else the default), which every scheduled run reads from the catalog —
    the deployments carry only the warehouse string. An unreachable catalog fails the deploy, not the first run."""
    from tariffscope.lake import data_path
    from tariffscope.settings import warehouse_path
    from tariffscope.warehouse import writing

    target = warehouse_path(warehouse)
    if not target.is_lake:
        return
    with writing(target) as con:  # a new lake gets its tables and views; an existing one is only checked
        print(f"lake {target}: data path {data_path(con)}")


def deploy_all(warehouse: str) -> int:
    """Register every deployment with its schedules (schedules active) and return."""
    from prefect.settings import PREFECT_API_URL

    prepare_lake(warehouse)
    for deployment in runner_deployments(warehouse, paused=False):
        deployment.apply()
        print(f"registered {describe(deployment)}")
    print(f"Server: {PREFECT_API_URL.value()} (UI: {PREFECT_API_URL.value().removesuffix('/api')}). Scheduled runs "
          "execute while `tariffscope serve` runs; trigger one now with "
          "`prefect deployment run 'ingest-inbox/ingest-inbox'`.")
    return 0


def serve_all(warehouse: str) -> int:
    """Serve every deployment in the foreground until interrupted (Ctrl-C pauses their schedules)."""
    from prefect import serve

    deployments = runner_deployments(warehouse, paused=False)
    for deployment in deployments:
        print(f"serving {describe(deployment)}", flush=True)
    serve(*deployments, limit=1)
    return 0


def next_runs(limit_per_deployment: int = 2) -> list[dict[str, Any]]:
    """The next scheduled runs of every deployment on the server (PREFECT_API_URL), soonest first."""
    from prefect import get_client
    from prefect.client.schemas.filters import (DeploymentFilter, DeploymentFilterId, FlowRunFilter,
                                                FlowRunFilterState, FlowRunFilterStateType)
    from prefect.client.schemas.objects import StateType
    from prefect.client.schemas.sorting import FlowRunSort

    rows = []
    with get_client(sync_client=True) as client:
        flows = {f.id: f.name for f in client.read_flows()}
        for deployment in client.read_deployments():
            runs = client.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id])),
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.SCHEDULED]))),
                sort=FlowRunSort.EXPECTED_START_TIME_ASC, limit=limit_per_deployment)
            crons = ", ".join(getattr(s.schedule, "cron", None) or str(s.schedule) for s in deployment.schedules or [])
            base = {"deployment": f"{flows.get(deployment.flow_id, '?')}/{deployment.name}", "schedule": crons,
                    "paused": bool(deployment.paused)}
            if not runs:
                rows.append({**base, "next_run_utc": "none scheduled" + (" (paused)" if deployment.paused else "")})
            for run in runs:
                when = run.expected_start_time or run.next_scheduled_start_time
                rows.append({**base, "next_run_utc": when.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M") if when else "?"})
    return sorted(rows, key=lambda r: r["next_run_utc"])


if __name__ == "__main__":  # python -m tariffscope_flows.deployments [deploy|serve]
    command = sys.argv[1] if len(sys.argv) > 1 else "deploy"
    sys.exit((serve_all if command == "serve" else deploy_all)(None))
