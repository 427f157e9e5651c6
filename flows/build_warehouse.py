"""Flow: build the whole warehouse from data/ (dimensions, trade, tariffs, articles)."""

from __future__ import annotations

from pathlib import Path

from prefect import flow

from flows import tasks
from flows.ingest import ingest_path
from tariffscope import pipeline
from tariffscope.settings import DATA_DIR, warehouse_path


@flow(name="build-warehouse")
def build_warehouse(warehouse: str | None = None, data_dir: str | None = None,
                    verbose: bool = False) -> list[pipeline.Outcome]:
    target = warehouse_path(warehouse)
    root = Path(data_dir) if data_dir else DATA_DIR
    echo = pipeline.echo_outcome if verbose else None
    outcomes = [tasks.load_reference(source, target) for source in pipeline.reference_sources()]
    for kind in ("trade", "tariffs", "articles"):
        outcomes += [ingest_path(kind, p, target, echo=echo) for p in pipeline.discover(kind, [root / kind])]
    tasks.data_docs(target)
    tasks.report(target)
    tasks.publish_summary(outcomes, target, "build-warehouse")
    return outcomes
