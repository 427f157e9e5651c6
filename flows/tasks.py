"""Prefect tasks around the library's stages: each does one thing; I/O retries only on transient errors."""

from __future__ import annotations

import re
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from tariffscope import pipeline, validate
from tariffscope.settings import warehouse_path
from tariffscope.source import SourceError, SourceFrame
from tariffscope.validate import ValidatedSource
from tariffscope.warehouse import WarehouseError


PERMANENT_OS_ERRORS = (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError)


def transient_io_error(task, task_run, state) -> bool:
    """Retry a file or warehouse hiccup (OSError, a busy lock), never bad data."""
    error = state.result(raise_on_failure=False)
    if isinstance(error, WarehouseError):
        return "busy" in str(error)
    # a missing or forbidden file will not appear by waiting a second
    return isinstance(error, OSError) and not isinstance(error, PERMANENT_OS_ERRORS)


# Frames are passed between tasks in memory: NO_CACHE keeps Prefect from hashing or persisting them.
@task(name="skip-unchanged", retries=2, retry_delay_seconds=1, retry_condition_fn=transient_io_error, cache_policy=NO_CACHE)
def skip_unchanged(kind: str, path: Path, warehouse: Path, fmt: str = "auto") -> pipeline.Outcome | None:
    return pipeline.unchanged(warehouse, kind, path, fmt)


@task(name="load-reference", retries=2, retry_delay_seconds=2, retry_condition_fn=transient_io_error, cache_policy=NO_CACHE)
def load_reference(source: SourceFrame, warehouse: Path) -> pipeline.Outcome:
    """A dimension: reloaded only when its content changed."""
    return pipeline.unchanged_source(warehouse, source) or pipeline.load(validate.validate_source(source), warehouse, source.table)


@task(name="read", retries=2, retry_delay_seconds=1, retry_condition_fn=transient_io_error, cache_policy=NO_CACHE)
def read(kind: str, path: Path, fmt: str, options: dict) -> SourceFrame | SourceError:
    """An unreadable file is an expected outcome, returned rather than raised: the flow records it as that file's
    failed load, and Prefect does not log a traceback for it."""
    try:
        return pipeline.read_source(kind, path, fmt, **options)
    except SourceError as error:
        return error


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


@task(name="report", cache_policy=NO_CACHE)
def report(warehouse: Path) -> Path | None:
    """The offline HTML report; a chart that cannot render must not fail the loads already committed."""
    from tariffscope.report import render_report

    try:
        return render_report(warehouse)
    except Exception as error:  # noqa: BLE001 - the report is a by-product of the run
        print(f"report not written: {error}")
        return None


# --- load summary artifact (issue 7) -------------------------------------------------------------------

CLAIM_VERDICTS_SQL = "select claim_type, verdict, count(*) as claims from claim_check group by all order by all"


def claim_verdicts(warehouse: Path, timeout: float = 5.0) -> list[tuple] | str:
    """claim_check verdict counts read from the warehouse read-only, or why they could not be read."""
    import duckdb

    from tariffscope.warehouse import reading

    if not warehouse_path(warehouse).exists():
        return "no warehouse yet"
    try:
        with reading(warehouse, timeout=timeout) as con:
            return con.execute(CLAIM_VERDICTS_SQL).fetchall()
    except (WarehouseError, duckdb.Error) as error:
        return f"not read: {str(error).splitlines()[0]}"


def summary_markdown(outcomes: list[pipeline.Outcome], warehouse: Path, title: str, notes: list[str] | None = None) -> str:
    """The run's load summary: files by status, rows per table, validation status, claim_check verdicts."""
    import polars as pl

    statuses = pl.Series([o.status for o in outcomes], dtype=pl.Utf8).value_counts(sort=True)
    files = ", ".join(f"{n} {s}" for s, n in statuses.iter_rows()) or "none"
    lines = [f"# {title}: load summary", "", f"Warehouse `{warehouse}`. Files: {len(outcomes)} ({files}).", ""]
    frame = pipeline.summary_frame(outcomes)
    if frame.height:
        by_table = frame.group_by("table", maintain_order=True).agg(
            files=pl.col("file").n_unique(), loaded=pl.col("loaded").sum(), quarantined=pl.col("quarantined").sum(),
            filtered=pl.col("filtered").sum(), passed=pl.col("checks_passed").sum(), total=pl.col("checks_total").sum(),
            statuses=pl.col("status").unique().sort().str.join(", "))
        lines += ["| table | files | rows loaded | quarantined | filtered | validation | status |",
                  "|---|---:|---:|---:|---:|---|---|"]
        for row in by_table.iter_rows(named=True):
            validation = ("not run (unchanged or unreadable)" if row["total"] == 0
                          else f"{row['passed']}/{row['total']} expectations passed")
            lines.append(f"| {row['table']} | {row['files']} | {row['loaded']:,} | {row['quarantined']:,} | "
                         f"{row['filtered']:,} | {validation} | {row['statuses']} |")
        lines.append("")
    problems = [o for o in outcomes if o.status in ("failed", "rejected")]
    if problems:
        lines += ["## Not loaded", ""]
        lines += [f"- **{o.status}** `{o.source_file}`: {o.message.replace(chr(10), ' ')}" for o in problems]
        lines.append("")
    if notes:
        lines += ["## Notes", ""] + [f"- {note}" for note in notes] + [""]
    verdicts = claim_verdicts(warehouse)
    lines += ["## claim_check verdicts", ""]
    if isinstance(verdicts, str):
        lines.append(f"_{verdicts}_")
    elif not verdicts:
        lines.append("_no claims yet_")
    else:
        lines += ["| claim type | verdict | claims |", "|---|---|---:|"]
        lines += [f"| {claim_type} | {verdict} | {claims:,} |" for claim_type, verdict, claims in verdicts]
    return "\n".join(lines) + "\n"


@task(name="publish-summary", cache_policy=NO_CACHE)
def publish_summary(outcomes: list[pipeline.Outcome], warehouse: Path, title: str,
                    notes: list[str] | None = None) -> str:
    """A markdown artifact (key `<title>-summary`, versioned per run) with the load summary; returns the markdown."""
    from prefect.artifacts import create_markdown_artifact

    markdown = summary_markdown(outcomes, warehouse_path(warehouse), title, notes)
    key = re.sub(r"[^a-z0-9-]+", "-", title.lower()).strip("-") + "-summary"
    statuses = {o.status for o in outcomes}
    description = ("failed or refused files: see Not loaded" if statuses & {"failed", "rejected"}
                   else f"{len(outcomes)} file(s), all loaded or unchanged")
    create_markdown_artifact(markdown=markdown, key=key, description=description)
    return markdown
