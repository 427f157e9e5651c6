"""Fan-out: each file's read → normalize → validate on a Dask cluster through Prefect's DaskTaskRunner; the
skip-unchanged check and every load stay in the flow's process, one writer, one commit per file, in file order.

    tariffscope ingest trade data/ --workers 2                       # a local cluster of 2 worker processes
    tariffscope run --dask-address tcp://10.0.0.5:8786                # an existing cluster

Workers must see the input files at the same paths (a shared folder) and reach the flow's Prefect API
(PREFECT_API_URL; the temporary API of a command-line run listens on 127.0.0.1 only). They never open the
warehouse. At most `window` prepared files wait in the cluster's memory for the writer.

Nothing here is imported on the default (serial) path: prefect_dask, dask and distributed load only when a
run asks for workers.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from tariffscope_flows.tasks import transient_io_error
from tariffscope import pipeline
from tariffscope.progress import NoProgress


def task_runner(workers: int | None = None, address: str | None = None):
    """Prefect's DaskTaskRunner on an existing scheduler (`address`) or on a local cluster of `workers` processes
    (one thread each: polars and Great Expectations hold the GIL for much of a file)."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers or 1, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": "127.0.0.1:0"})  # a free port: runs side by side


def wants_dask(workers: int | None, address: str | None) -> bool:
    return bool(workers or address)


def on_dask(flow, workers: int | None, address: str | None):
    """The flow with a Dask task runner when a run asks for one; the flow unchanged otherwise."""
    return flow.with_options(task_runner=task_runner(workers, address)) if wants_dask(workers, address) else flow


@task(name="check-unchanged", retries=2, retry_delay_seconds=1, retry_condition_fn=transient_io_error, cache_policy=NO_CACHE)
def check(kind: str, path: Path, warehouse: Path, fmt: str) -> pipeline.Prepared:
    return pipeline.prepare_check(kind, path, warehouse, fmt)


# Runs on a Dask worker; returns the validated frames (they pickle) or the file's one-line error as a value.
@task(name="prepare", retries=2, retry_delay_seconds=1, retry_condition_fn=transient_io_error, cache_policy=NO_CACHE)
def prepare(kind: str, path: Path, fmt: str, options: dict, sha256: str) -> pipeline.Prepared:
    return pipeline.prepare_read(kind, path, fmt, options, sha256)


@task(name="finish", retries=2, retry_delay_seconds=2, retry_condition_fn=transient_io_error, cache_policy=NO_CACHE)
def finish(kind: str, prepared: pipeline.Prepared, warehouse: Path) -> pipeline.Outcome:
    """Load, or record the no-op or the failure: the same writer's step as the serial path."""
    return pipeline.finish(kind, prepared, warehouse)


def ingest_fanned(items: list[tuple[str, Path]], warehouse: Path, fmt: str = "auto", options: dict | None = None,
                  progress=NoProgress(), window: int = 4) -> list[pipeline.Outcome]:
    """(kind, path) items through check → prepare (submitted to the flow's task runner) → finish, inside a flow.

    Every file is checked first here (hash + audit look-up), so unchanged files are never sent to the cluster;
    up to `window` changed files are prepared at once, and each file is loaded as soon as it and every file
    before it are done: outcomes and load order follow `items`, as on the serial path."""
    checked = []
    for kind, path in items:
        progress.stage(path, "checking")
        checked.append(check(kind, path, warehouse, fmt))
    waiting = deque(i for i, c in enumerate(checked) if c.earlier is None and c.error is None)
    futures: dict[int, object] = {}

    def top_up() -> None:
        while waiting and len(futures) < window:
            i = waiting.popleft()
            kind, path = items[i]
            futures[i] = prepare.submit(kind, path, fmt, options or {}, checked[i].sha256)

    top_up()
    outcomes = []
    for i, (kind, path) in enumerate(items):
        prepared = checked[i]
        if i in futures:
            progress.stage(path, "preparing")
            prepared = futures.pop(i).result()
            top_up()  # keep the workers busy while this file loads
        progress.stage(path, "loading")
        outcomes.append(finish(kind, prepared, warehouse))
        progress.done(outcomes[-1])
    return outcomes
