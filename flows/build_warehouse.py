"""Flow: build the whole warehouse from data/ (dimensions, trade, tariffs, articles)."""

from __future__ import annotations

from pathlib import Path

from prefect import flow

from tariffscope_flows import tasks
from tariffscope_flows.ingest import ingest_path
from tariffscope import pipeline
from tariffscope.progress import progress_for
from tariffscope.settings import DATA_DIR, warehouse_path


@flow(name="build-warehouse")
def build_warehouse(warehouse: str | None = None, data_dir: str | None = None,
                    verbose: bool = False) -> list[pipeline.Outcome]:
    target = warehouse_path(warehouse)
    root = Path(data_dir) if data_dir else DATA_DIR
    references = pipeline.reference_sources()
    files = [(kind, p) for kind in ("trade", "tariffs", "articles") for p in pipeline.discover(kind, [root / kind])]
    outcomes = []
    with progress_for(len(references) + len(files), verbose) as progress:
        for source in references:
            progress.stage(source.source_file, "loading")
            outcomes.append(tasks.load_reference(source, target))
            progress.done(outcomes[-1])
        outcomes += [ingest_path(kind, p, target, progress=progress) for kind, p in files]
        progress.stage(target, "data docs")
        tasks.data_docs(target)
        progress.stage(target, "report")
        tasks.report(target)
    tasks.publish_summary(outcomes, target, "build-warehouse")
    return outcomes
