"""Flow: ingest files of one kind (articles, trade, tariffs) into the warehouse."""

from __future__ import annotations

from pathlib import Path

from prefect import flow

from flows import tasks
from tariffscope import pipeline
from tariffscope.settings import warehouse_path
from tariffscope.source import SourceError


def ingest_path(kind: str, path: Path, warehouse: Path, fmt: str = "auto", options: dict | None = None,
                echo=None) -> pipeline.Outcome:
    """One file through skip-unchanged → read → validate → load; an unreadable file fails alone."""
    outcome = tasks.skip_unchanged(kind, path, warehouse)
    if outcome is None:
        try:
            source = tasks.read(kind, path, fmt, options or {})
        except SourceError as error:
            outcome = tasks.record_failure(kind, path, warehouse, error)
        else:
            outcome = tasks.load(tasks.validate_rows(source), warehouse, kind)
    if echo:
        echo(outcome)
    return outcome


@flow(name="ingest-files")
def ingest_files(kind: str, paths: list[str], warehouse: str | None = None, fmt: str = "auto",
                 options: dict | None = None, verbose: bool = False) -> list[pipeline.Outcome]:
    target = warehouse_path(warehouse)
    echo = pipeline.echo_outcome if verbose else None
    outcomes = [ingest_path(kind, p, target, fmt, options, echo) for p in pipeline.discover(kind, paths)]
    tasks.data_docs(target)
    tasks.publish_summary(outcomes, target, "ingest-files")
    return outcomes
