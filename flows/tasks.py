"""Prefect tasks around the library's stages: each does one thing; I/O retries only on transient errors."""

from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from tariffscope import pipeline, validate
from tariffscope.source import SourceFrame
from tariffscope.validate import ValidatedSource
from tariffscope.warehouse import WarehouseError


def transient_io_error(task, task_run, state) -> bool:
    """Retry a file or warehouse hiccup (OSError, a busy lock), never bad data."""
    error = state.result(raise_on_failure=False)
    if isinstance(error, WarehouseError):
        return "busy" in str(error)
    return isinstance(error, OSError)


# Frames are passed between tasks in memory: NO_CACHE keeps Prefect from hashing or persisting them.
@task(name="skip-unchanged", retries=2, retry_delay_seconds=1, retry_condition_fn=transient_io_error, cache_policy=NO_CACHE)
def skip_unchanged(kind: str, path: Path, warehouse: Path) -> pipeline.Outcome | None:
    return pipeline.unchanged(warehouse, kind, path)


@task(name="load-reference", retries=2, retry_delay_seconds=2, retry_condition_fn=transient_io_error, cache_policy=NO_CACHE)
def load_reference(source: SourceFrame, warehouse: Path) -> pipeline.Outcome:
    """A dimension: reloaded only when its content changed."""
    return pipeline.unchanged_source(warehouse, source) or pipeline.load(validate.validate_source(source), warehouse, source.table)


@task(name="read", retries=2, retry_delay_seconds=1, retry_condition_fn=transient_io_error, cache_policy=NO_CACHE)
def read(kind: str, path: Path, fmt: str, options: dict) -> SourceFrame:
    return pipeline.read_source(kind, path, fmt, **options)


@task(name="validate", cache_policy=NO_CACHE)
def validate_rows(source: SourceFrame) -> ValidatedSource:
    return validate.validate_source(source)


@task(name="load", retries=2, retry_delay_seconds=2, retry_condition_fn=transient_io_error, cache_policy=NO_CACHE)
def load(validated: ValidatedSource, warehouse: Path, kind: str) -> pipeline.Outcome:
    return pipeline.load(validated, warehouse, kind)


@task(name="record-failure", cache_policy=NO_CACHE)
def record_failure(kind: str, path: Path, warehouse: Path, error: Exception) -> pipeline.Outcome:
    return pipeline.failed(warehouse, kind, path, error)


@task(name="data-docs", cache_policy=NO_CACHE)
def data_docs(warehouse: Path) -> Path | None:
    return validate.build_data_docs(warehouse)
