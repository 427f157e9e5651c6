"""Flow: ingest files of one kind (articles, trade, tariffs) into the warehouse."""

from __future__ import annotations

from pathlib import Path

from prefect import flow

from tariffscope_flows import tasks
from tariffscope import pipeline
from tariffscope.progress import NoProgress, progress_for
from tariffscope.settings import warehouse_path
from tariffscope.source import SourceError


def ingest_path(kind: str, path: Path, warehouse: Path, fmt: str = "auto", options: dict | None = None,
                progress=NoProgress()) -> pipeline.Outcome:
    """One file through skip-unchanged → read → validate → load; an unreadable file fails alone."""
    progress.stage(path, "checking")
    try:
        outcome = tasks.skip_unchanged(kind, path, warehouse, fmt)
        progress.stage(path, "reading")
        source = None if outcome else tasks.read(kind, path, fmt, options or {})
    except tasks.PERMANENT_OS_ERRORS as error:  # vanished or forbidden; other I/O errors propagate after retries
        source = SourceError(f"{path}: cannot read: {error.strerror or error}")
    if isinstance(source, SourceError):
        outcome = tasks.record_failure(kind, path, warehouse, source)
    elif source is not None:
        progress.stage(path, "validating")
        validated = tasks.validate_rows(source)
        progress.stage(path, "loading")
        outcome = tasks.load(validated, warehouse, kind)
    progress.done(outcome)
    return outcome


@flow(name="ingest-files")
def ingest_files(kind: str, paths: list[str], warehouse: str | None = None, fmt: str = "auto",
                 options: dict | None = None, verbose: bool = False) -> list[pipeline.Outcome]:
    target = warehouse_path(warehouse)
    files = pipeline.discover(kind, paths)
    with progress_for(len(files), verbose) as progress:
        outcomes = [ingest_path(kind, p, target, fmt, options, progress) for p in files]
        progress.stage(target, "data docs")
        tasks.data_docs(target)
    tasks.publish_summary(outcomes, target, "ingest-files")
    return outcomes
