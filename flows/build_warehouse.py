"""Flow: build the whole warehouse from data/ (dimensions, trade, tariffs, articles)."""

from __future__ import annotations

from prefect import flow

from tariffscope import pipeline
from tariffscope.progress import progress_for
from tariffscope.settings import warehouse_path
from tariffscope_flows import tasks
from tariffscope_flows.ingest import ingest_path


@flow(name="build-warehouse")
def build_warehouse(warehouse: str | None = None, data_dir: str | None = None,
                    verbose: bool = False, workers: int | None = None,
                    dask_address: str | None = None) -> list[pipeline.Outcome]:
    """`workers`/`dask_address`: prepare files on Dask (started through fanout.on_dask, which sets the task runner)."""
    target = warehouse_path(warehouse)
    references, files = pipeline.build_inputs(data_dir)
    outcomes = []
    with progress_for(len(references) + len(files), verbose) as progress:
        for source in references:
            progress.stage(source.source_file, "loading")
            outcomes.append(tasks.load_reference(source, target))
            progress.done(outcomes[-1])
        if workers or dask_address:
            from tariffscope_flows.fanout import ingest_fanned

            outcomes += ingest_fanned(files, target, progress=progress, window=2 * (workers or 2))
        else:
            outcomes += [ingest_path(kind, p, target, progress=progress) for kind, p in files]
        progress.stage(target, "data docs")
        tasks.data_docs(target)
        progress.stage(target, "report")
        tasks.report(target)
    tasks.publish_summary(outcomes, target, "build-warehouse")
    return outcomes
