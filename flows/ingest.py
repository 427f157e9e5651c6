"""Flow: ingest files of one kind (articles, trade, tariffs) into the warehouse."""

from __future__ import annotations

from pathlib import Path

from prefect import flow

from tariffscope import pipeline
from tariffscope.progress import NoProgress, progress_for
from tariffscope.settings import warehouse_path
from tariffscope_flows import tasks


def ingest_path(kind: str, path: Path, warehouse: Path, fmt: str = "auto", options: dict | None = None,
                progress=NoProgress(), sha256: str | None = None, any_name: bool = False) -> pipeline.Outcome:
    """One file through the library's per-file path (pipeline.prepare, then pipeline.finish), each a task."""
    prepared = tasks.prepare(kind, path, warehouse, fmt, options, sha256=sha256, any_name=any_name, progress=progress)
    return tasks.finish(kind, prepared, warehouse, progress)


@flow(name="ingest-files")
def ingest_files(kind: str, paths: list[str], warehouse: str | None = None, fmt: str = "auto",
                 options: dict | None = None, verbose: bool = False, workers: int | None = None,
                 dask_address: str | None = None) -> list[pipeline.Outcome]:
    """`workers`/`dask_address`: prepare files on Dask (started through fanout.on_dask, which sets the task runner)."""
    target = warehouse_path(warehouse)
    files = pipeline.discover(kind, paths)
    with progress_for(len(files), verbose) as progress:
        if workers or dask_address:
            from tariffscope_flows.fanout import ingest_fanned

            outcomes = ingest_fanned([(kind, p) for p in files], target, fmt, options, progress, window=2 * (workers or 2))
        else:
            outcomes = [ingest_path(kind, p, target, fmt, options, progress) for p in files]
        progress.stage(target, "data docs")
        tasks.data_docs(target)
    tasks.publish_summary(outcomes, target, "ingest-files")
    return outcomes
