"""The one orchestration module: every caller (the CLI's flows, the tests' warehouses, benchmarks) runs a file
through the same two steps, `prepare` (skip unchanged → read + normalize → validate: no write lock) and
`finish` (load, or record the no-op or the failure). `ingest_file` is both in this thread, `ingest_files`
pipelines them over many files, `build` loads the reference dimensions and the bundled data, `revalidate` runs
the suites again on the tables as they are, and `summary_by_table` is the one summary of a run's outcomes.
Errors are classified here: an unreadable file is a value (Prepared.error → a `failed` outcome), `transient`
says which errors are worth retrying.

The Prefect layer (flows/, installed as tariffscope_flows) wraps prepare and finish in tasks with retries;
the library itself never imports Prefect.
"""

from __future__ import annotations

import contextlib
import hashlib
import queue
import threading
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from tariffscope import warehouse as wh
from tariffscope.progress import NoProgress
from tariffscope.reference import (country_frame, fx_rate_frame, hs_chapter_frame, product_scope_frame,
                                   source_preference_frame)
from tariffscope.settings import ARTICLE_SUFFIXES, BUNDLED_SOURCES, TABULAR_SUFFIXES
from tariffscope.source import SourceError, SourceFrame, display_path, file_sha256, hashed_once
from tariffscope.validate import ValidatedSource, validate_frame, validate_source

KINDS = {"articles": "article", "trade": "trade_flow", "tariffs": "tariff_measure"}  # kind -> main table
BUILD_KINDS = ("trade", "tariffs", "articles")  # the order a full build loads them in
SUFFIXES = {"articles": ARTICLE_SUFFIXES, "trade": TABULAR_SUFFIXES, "tariffs": {".csv"}}
# BACI ships its country list beside the data: not a trade file of its own
COMPANION_FILES = ("country_codes_",)
# a missing or forbidden file will not appear by waiting: the file fails; other OS errors may pass (retry)
PERMANENT_OS_ERRORS = (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError)
NO_PROGRESS = NoProgress()


def transient(error: BaseException) -> bool:
    """A file or warehouse hiccup worth retrying (an I/O error, a busy warehouse), never bad data."""
    if isinstance(error, wh.WarehouseError):
        return "busy" in str(error)
    return isinstance(error, OSError) and not isinstance(error, PERMANENT_OS_ERRORS)


def discover(kind: str, paths: list[str | Path]) -> list[Path]:
    """Files named, plus the matching files inside folders named (sorted, no hidden files)."""
    found: list[Path] = []
    for given in map(Path, paths):
        if given.is_dir():
            found += sorted(p for p in given.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES[kind]
                            and not p.name.startswith((".",) + COMPANION_FILES) and "processed" not in p.parts)
        else:
            found.append(given)
    return [p.resolve() for p in found]


def bundled_paths(kind: str) -> list[Path]:
    return discover(kind, [BUNDLED_SOURCES[kind]])


def read_article_source(path: Path) -> SourceFrame:
    from tariffscope.articles import ArticleError, article_frames, extract_facts, read_article

    try:
        article = read_article(path)
    except ArticleError as exc:
        raise SourceError(str(exc)) from exc
    frames = article_frames(article, extract_facts(article))
    name = display_path(path)
    main = frames.pop("article").with_columns(pl.lit(name).alias("source_file"))
    body_length = len(article.body)
    # body_length lets the suites check that every span lies inside the body; it is not loaded
    facts = {t: f.with_columns(pl.lit(body_length, pl.Int64).alias("body_length")) for t, f in frames.items()}
    return SourceFrame(table="article", source_file=name, source_format=path.suffix.lstrip(".").lower(),
                       frame=main, rows_in=main.height, extra_tables=facts)


def read_source(kind: str, path: Path, fmt: str = "auto", **options) -> SourceFrame:
    """Read and normalize one file; raises SourceError (one line) when it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise SourceError(f"{path}: no such file")
    if kind == "trade":
        from tariffscope.trade import read_trade

        return read_trade(path, fmt, **options)
    if kind == "tariffs":
        from tariffscope.measures import read_tariffs

        return read_tariffs(path)
    if kind == "articles":
        source = read_article_source(path)
        source.sha256 = file_sha256(path)
        return source
    raise SourceError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")


def reference_sources() -> list[SourceFrame]:
    """The dimensions as sources, so they pass their suites and get audit rows like any other load."""
    sources = []
    for table, frame, origin in (("country", country_frame(), "pycountry + data/reference"),
                                 ("hs_chapter", hs_chapter_frame(), "data/reference/hs_chapters.csv"),
                                 ("fx_rate", fx_rate_frame(), "data/reference/fx_annual.csv"),
                                 ("product_scope_hs", product_scope_frame(), "data/reference/product_scope_hs.csv"),
                                 ("source_preference", source_preference_frame(), "data/reference/source_preference.csv")):
        digest = hashlib.sha256(str(frame.rows()).encode()).hexdigest()
        sources.append(SourceFrame(table=table, source_file=origin, source_format="reference", frame=frame,
                                   rows_in=frame.height, sha256=digest))
    return sources


@dataclass
class Outcome:
    """What happened to one source file, for summaries, artifacts and exit codes."""

    kind: str
    source_file: str
    status: str                  # loaded | unchanged | rejected | failed
    tables: list[wh.TableLoad]
    message: str = ""


def _unchanged(warehouse: Path, kind: str, table: str, name: str, sha: str, fmt: str = "auto") -> Outcome | None:
    earlier = wh.already_loaded(warehouse, name, sha, table, None if fmt == "auto" else fmt)
    if earlier is None:
        return None
    return _record_unchanged(warehouse, kind, table, name, sha, earlier)


def _record_unchanged(warehouse: Path, kind: str, table: str, name: str, sha: str, earlier: str) -> Outcome:
    result = wh.record_outcome(warehouse, name, table, "unchanged", f"same sha256 as load {earlier}", sha)
    return Outcome(kind, name, "unchanged", result.tables, result.message)


def unchanged(warehouse: Path, kind: str, path: Path, fmt: str = "auto") -> Outcome | None:
    """A recorded no-op when this exact file content was loaded before as the same kind, in the same format
    (when one is given) and by the same reader code."""
    return _unchanged(warehouse, kind, KINDS[kind], display_path(path), file_sha256(path), fmt)


def unchanged_source(warehouse: Path, source: SourceFrame) -> Outcome | None:
    return _unchanged(warehouse, "reference", source.table, source.source_file, source.sha256)


def ingest_reference(source: SourceFrame, warehouse: Path) -> Outcome:
    """A dimension: validated and reloaded only when its content changed."""
    return unchanged_source(warehouse, source) or load(validate_source(source), warehouse, "reference")


def failed(warehouse: Path, kind: str, path: Path, error: Exception) -> Outcome:
    result = wh.record_outcome(warehouse, display_path(path), KINDS[kind], "failed", str(error))
    return Outcome(kind, display_path(path), "failed", result.tables, str(error))


def load(validated: ValidatedSource, warehouse: Path, kind: str) -> Outcome:
    result = wh.load_validated(validated, warehouse)
    return Outcome(kind, result.source_file, result.status, result.tables, result.message)


def ingest_file(kind: str, path: Path, warehouse: Path, fmt: str = "auto", **options) -> Outcome:
    """One file through every stage in this thread: prepare, then finish."""
    return finish(kind, prepare(kind, Path(path), warehouse, fmt, options), warehouse)


@dataclass
class Prepared:
    """One file after everything that needs no write lock: unchanged, unreadable, or validated rows."""

    path: Path
    validated: ValidatedSource | None = None
    error: SourceError | None = None
    earlier: str | None = None    # _load_id of the identical earlier load (unchanged)
    sha256: str = ""


def prepare(kind: str, path: Path, warehouse: Path, fmt: str = "auto", options: dict | None = None, *,
            beside_writer: bool = False, sha256: str | None = None, any_name: bool = False,
            retry_io: bool = False, progress=NO_PROGRESS) -> Prepared:
    """skip-unchanged check, read (+normalize), validate: what can run while another file loads
    (`beside_writer`: this process may hold the warehouse open for writing meanwhile). `sha256`: the file's
    hash when the caller has it already; `any_name`: content loaded before under any file name counts as
    unchanged (the inbox). An unreadable file comes back as Prepared.error; with `retry_io` a transient I/O
    error is raised instead, for a caller that retries."""
    progress.stage(path, "checking")
    checked = prepare_check(kind, path, warehouse, fmt, beside_writer=beside_writer, sha256=sha256,
                            any_name=any_name, retry_io=retry_io)
    if checked.earlier is not None or checked.error is not None:
        return checked
    return prepare_read(kind, path, fmt, options, checked.sha256, retry_io=retry_io, progress=progress)


def _unreadable(path: Path, exc: OSError, retry_io: bool, sha256: str = "") -> Prepared:
    """A file vanished or unreadable between discovery and reading fails alone (a transient error is raised
    instead for a caller that retries)."""
    if retry_io and transient(exc):
        raise exc
    return Prepared(path, error=SourceError(f"{path}: cannot read: {exc.strerror or exc}"), sha256=sha256)


def prepare_check(kind: str, path: Path, warehouse: Path, fmt: str = "auto", *, beside_writer: bool = False,
                  sha256: str | None = None, any_name: bool = False, retry_io: bool = False) -> Prepared:
    """The writer-side half of prepare (a fan-out runs it between loads): unchanged (`earlier`), unreadable
    (`error`), or to be read by prepare_read (neither; `sha256` set)."""
    path = Path(path)
    try:
        sha = sha256 or file_sha256(path)
        earlier = wh.already_loaded(warehouse, None if any_name else display_path(path), sha, KINDS[kind],
                                    None if fmt == "auto" else fmt, beside_writer=beside_writer)
        return Prepared(path, earlier=earlier, sha256=sha)
    except OSError as exc:
        return _unreadable(path, exc, retry_io)


def prepare_read(kind: str, path: Path, fmt: str = "auto", options: dict | None = None, sha256: str = "", *,
                 retry_io: bool = False, progress=NO_PROGRESS) -> Prepared:
    """The other half: read (+normalize) and validate one file without opening the warehouse, so any process that
    sees the file can run it (a Dask worker); the result pickles (polars frames, plain dataclasses)."""
    path = Path(path)
    progress.stage(path, "reading")
    try:
        with hashed_once(path, sha256 or None):  # the reader's audit digest is the checked one: hashed once
            source = read_source(kind, path, fmt, **(options or {}))
        progress.stage(path, "validating")
        return Prepared(path, validated=validate_source(source), sha256=sha256)
    except SourceError as exc:
        return Prepared(path, error=exc, sha256=sha256)
    except OSError as exc:
        return _unreadable(path, exc, retry_io, sha256)


def finish(kind: str, prepared: Prepared, warehouse: Path, progress=NO_PROGRESS) -> Outcome:
    """The writer's part: load, or record the no-op or the failure."""
    progress.stage(prepared.path, "loading")
    if prepared.error is not None:
        outcome = failed(warehouse, kind, prepared.path, prepared.error)
    elif prepared.earlier is not None:
        outcome = _record_unchanged(warehouse, kind, KINDS[kind], display_path(prepared.path), prepared.sha256,
                                    prepared.earlier)
    else:
        outcome = load(prepared.validated, warehouse, kind)
    progress.done(outcome)
    return outcome


def ingest_files(kind: str, paths: list[Path], warehouse: Path, fmt: str = "auto", **options) -> list[Outcome]:
    """Many files through the per-file path using both cores: a thread reads, normalizes and validates
    file n+1 while this thread loads file n. One writer at a time (this thread); at most one prepared
    file waits, so memory holds about three files. Outcomes come back in the order of `paths`."""
    handoff: queue.Queue = queue.Queue(maxsize=1)
    stop = threading.Event()

    def produce() -> None:
        try:
            for path in paths:
                if stop.is_set():
                    return
                handoff.put(prepare(kind, Path(path), warehouse, fmt, options, beside_writer=True))
        except BaseException as exc:  # a bug, not bad input: re-raised in the writer's thread
            handoff.put(exc)

    # DuckDB 1.5.5: a thread opening the file while another closes the process's last connection to it fails
    # ("Unique file handle conflict"); one connection held for the batch keeps the database instance open, so
    # the preparing thread's unchanged checks and the writer's loads share it. Other processes wait for the batch.
    keeper = wh.open_connection(Path(warehouse))
    worker = threading.Thread(target=produce, name="tariffscope-prepare", daemon=True)
    worker.start()
    outcomes: list[Outcome] = []
    try:
        for _ in paths:
            prepared = handoff.get()
            if isinstance(prepared, BaseException):
                raise prepared
            outcomes.append(finish(kind, prepared, warehouse))
    finally:
        stop.set()
        while worker.is_alive():  # unblock a producer waiting on a full queue, then let it end
            with contextlib.suppress(queue.Empty):
                handoff.get(timeout=0.1)
        worker.join()
        keeper.close()
    return outcomes


def build_inputs(data_dir: Path | None = None, kinds=BUILD_KINDS) -> tuple[list[SourceFrame], list[tuple[str, Path]]]:
    """What a full build loads: the reference dimensions, then every file of each kind under data_dir
    (default: the bundled data)."""
    folders = {kind: Path(data_dir) / kind if data_dir else BUNDLED_SOURCES[kind] for kind in kinds}
    return reference_sources(), [(kind, path) for kind in kinds for path in discover(kind, [folders[kind]])]


def build(warehouse: Path, data_dir: Path | None = None, kinds=BUILD_KINDS) -> list[Outcome]:
    """The whole warehouse without orchestration (tests, benchmarks): the same steps, in the same order, as
    the build-warehouse flow runs as tasks (which adds Data Docs and the report)."""
    references, files = build_inputs(data_dir, kinds)
    return ([ingest_reference(source, warehouse) for source in references]
            + [ingest_file(kind, path, warehouse) for kind, path in files])


def revalidate(warehouse: Path) -> list:
    """Run every suite again on the tables as they are now; the results are recorded in validation_result as
    one run (`tariffscope validate`)."""
    outcomes = []
    for table, frame in wh.validated_frames(warehouse).items():
        outcomes += validate_frame(table, frame).outcomes
    wh.record_validation(warehouse, outcomes)
    return outcomes


def exit_code(outcomes: list[Outcome]) -> int:
    """2 unreadable input, 1 refused by a table-level expectation, 0 otherwise (contract)."""
    statuses = {o.status for o in outcomes}
    return 2 if "failed" in statuses else 1 if "rejected" in statuses else 0


def summary_frame(outcomes: list[Outcome]) -> pl.DataFrame:
    rows = [
        {"file": o.source_file, "table": t.table, "status": o.status, "rows_in": t.rows_in, "loaded": t.rows_loaded,
         "quarantined": t.rows_quarantined, "filtered": t.rows_filtered, "checks_passed": t.checks_passed,
         "checks_total": t.checks_total}
        for o in outcomes for t in o.tables
    ]
    schema = {"file": pl.Utf8, "table": pl.Utf8, "status": pl.Utf8, "rows_in": pl.Int64, "loaded": pl.Int64,
              "quarantined": pl.Int64, "filtered": pl.Int64, "checks_passed": pl.Int64, "checks_total": pl.Int64}
    return pl.DataFrame(rows, schema=schema)


def summary_by_table(outcomes: list[Outcome]) -> pl.DataFrame:
    """Per table: files, rows in/loaded/quarantined/filtered, statuses and expectations passed/total (the
    command line's and the flow artifact's summary)."""
    return summary_frame(outcomes).group_by("table", maintain_order=True).agg(
        files=pl.col("file").n_unique(), rows_in=pl.col("rows_in").sum(), loaded=pl.col("loaded").sum(),
        quarantined=pl.col("quarantined").sum(), filtered=pl.col("filtered").sum(),
        status=pl.col("status").unique().sort().str.join(","),
        passed=pl.col("checks_passed").sum(), total=pl.col("checks_total").sum())
