"""Prefect tasks around the library's orchestration module (tariffscope.pipeline): each wraps one library call,
adds retries on transient I/O (classified by the library: pipeline.transient) and does nothing else."""

from __future__ import annotations

import re
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from tariffscope import pipeline, validate
from tariffscope.progress import NoProgress
from tariffscope.settings import warehouse_path
from tariffscope.source import SourceFrame

NO_PROGRESS = NoProgress()


def transient_io_error(task, task_run, state) -> bool:
    """Retry a file or warehouse hiccup (pipeline.transient), never bad data."""
    return pipeline.transient(state.result(raise_on_failure=False))


# Frames are passed between tasks in memory: NO_CACHE keeps Prefect from hashing or persisting them.
@task(name="prepare", retries=2, retry_delay_seconds=1, retry_condition_fn=transient_io_error, cache_policy=NO_CACHE)
def prepare(kind: str, path: Path, warehouse: Path, fmt: str = "auto", options: dict | None = None,
            sha256: str | None = None, any_name: bool = False, progress=NO_PROGRESS) -> pipeline.Prepared:
    """Skip unchanged, read, validate; an unreadable file comes back as a value (Prepared.error)."""
    return pipeline.prepare(kind, Path(path), warehouse, fmt, options, sha256=sha256, any_name=any_name,
                            retry_io=True, progress=progress)


@task(name="finish", retries=2, retry_delay_seconds=2, retry_condition_fn=transient_io_error, cache_policy=NO_CACHE)
def finish(kind: str, prepared: pipeline.Prepared, warehouse: Path, progress=NO_PROGRESS) -> pipeline.Outcome:
    """Load, or record the no-op or the failure (one transaction)."""
    return pipeline.finish(kind, prepared, warehouse, progress)


@task(name="load-reference", retries=2, retry_delay_seconds=2, retry_condition_fn=transient_io_error, cache_policy=NO_CACHE)
def load_reference(source: SourceFrame, warehouse: Path) -> pipeline.Outcome:
    return pipeline.ingest_reference(source, warehouse)


@task(name="record-failure", cache_policy=NO_CACHE)
def record_failure(kind: str, path: Path, warehouse: Path, error: Exception) -> pipeline.Outcome:
    return pipeline.failed(warehouse, kind, path, error)


@task(name="data-docs", cache_policy=NO_CACHE)
def data_docs(warehouse: Path) -> Path | None:
    return validate.build_data_docs(warehouse)


@task(name="report", cache_policy=NO_CACHE)
def report(warehouse: Path) -> Path | None:
    """The offline HTML report; a chart that cannot render must not fail the loads already committed."""
    from tariffscope.report import render_report

    try:
        return render_report(warehouse)
    except Exception as error:  # noqa: BLE001 - the report is a by-product of the run
        print(f"report not written: {error}")
        return None


@task(name="publish-summary", cache_policy=NO_CACHE)
def publish_summary(outcomes: list[pipeline.Outcome], warehouse: Path, title: str,
                    notes: list[str] | None = None) -> str:
    """The load summary (tariffscope.summary) as a markdown artifact, key `<title>-summary`, versioned per run."""
    from prefect.artifacts import create_markdown_artifact

    from tariffscope.summary import summary_markdown

    markdown = summary_markdown(outcomes, warehouse_path(warehouse), title, notes)
    key = re.sub(r"[^a-z0-9-]+", "-", title.lower()).strip("-") + "-summary"
    statuses = {o.status for o in outcomes}
    description = ("failed or refused files: see Not loaded" if statuses & {"failed", "rejected"}
                   else f"{len(outcomes)} file(s), all loaded or unchanged")
    create_markdown_artifact(markdown=markdown, key=key, description=description)
    return markdown
