"""DuckDB warehouse: applies sql/schema and sql/models, loads one source per transaction, writes audit rows.

The write lock is held only for the load transaction itself: reading, normalizing and validating happen
before the file is opened. DuckDB lets one process hold a file for writing and then refuses every other
open (read-only included), so opens wait with a short backoff and then fail with "warehouse is busy".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import json
import re
import string
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import duckdb
import polars as pl
import pyarrow as pa

from tariffscope import lake
from tariffscope.settings import LOCK_TIMEOUT_S, SQL_MODELS_DIR, SQL_SCHEMA_DIR
from tariffscope.sqlfiles import statement
from tariffscope.suite_polars import constant_columns
from tariffscope.target import Warehouse, WarehouseError  # noqa: F401 - WarehouseError is imported from here
from tariffscope.validate import ValidatedSource
from tariffscope.versions import reader_version

DIMENSIONS = ("country", "hs_chapter", "fx_rate", "product_scope_hs", "source_preference")
# natural keys, used to merge a load into its table (null-safe comparison)
NATURAL_KEYS = {
    "trade_flow": ["source", "reporter_iso3", "partner_iso3", "year", "month", "flow", "hs_code"],
    "tariff_measure": ["measure_id"],
    "article": ["article_id"],
    "article_tariff_claim": ["article_id"],
    "article_trade_claim": ["article_id"],
    "article_quote": ["article_id"],
    "article_person": ["article_id"],
    "article_country": ["article_id"],
}
# tables stored as slim fact rows + one origin row per distinct value of the origin columns in a load; the view keeps
# the table's name (sql/schema/006 and 008, sql/models/trade_flow.sql): (fact table, origin table, origin columns)
SPLIT_TABLES = {"trade_flow": ("trade_flow_fact", "trade_flow_origin",
                               ("source", "source_ref", "notes", "month", "flow", "hs_level", "quantity_unit"))}
# fact columns a split table stores as numbers computed from their text (sql/schema/009; the view turns them back):
# table -> {text column: fact column}. DuckDB's string compression was most of the fact insert's CPU.
FACT_CODES = {"trade_flow": {"reporter_iso3": "reporter_code", "partner_iso3": "partner_code", "hs_code": "hs_code_id"}}
HS_CODE_DIGITS = 9  # an hs_code of up to this many digits fits the integer: the digits behind a leading 1
# up to this many origins in one file, a row's origin is found by comparing values (a few vectorized passes) rather
# than by a hash join of every row against the origins (BACI: 2 origins, unit 't' or none; 0.04 vs 0.11 s at 1M)
FEW_ORIGINS = 8
# another process holds the file; or (a lake's catalog file) another connection of this process has it attached
LOCK_ERROR = re.compile(r"Could not set lock on file|Conflicting lock|Unique file handle conflict", re.I)
# a read-only connection for user SQL: no file access, no extension loading, settings locked
SANDBOX = {"enable_external_access": False, "autoinstall_known_extensions": False,
           "autoload_known_extensions": False, "lock_configuration": True}


@dataclass
class TableLoad:
    table: str
    rows_in: int
    rows_loaded: int
    rows_quarantined: int
    rows_filtered: int
    checks_passed: int = 0     # expectations of the table's suite that passed in this load
    checks_total: int = 0


@dataclass
class LoadResult:
    load_id: str
    source_file: str
    status: str          # loaded | unchanged | rejected | failed
    tables: list[TableLoad]
    message: str = ""


# --- connections -------------------------------------------------------------------------------------

def _busy_message(path: Path, error: Exception, waited: float) -> str:
    pid = re.search(r"PID (\d+)", str(error))
    holder = f"held by PID {pid.group(1)}" if pid else "held by another process"
    return f"warehouse {path} is busy ({holder}); gave up after {waited:.0f} s (set TARIFFSCOPE_LOCK_TIMEOUT to wait longer)"


def open_connection(target: Warehouse | Path | str, read_only: bool = False, timeout: float | None = None,
                    config: dict | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, waiting up to `timeout` seconds for another process's lock on its file (the DuckDB
    file, or a lake's catalog file: one process at a time, like the embedded file). A Postgres catalog has
    no such lock: many processes read and write it at once."""
    target = Warehouse.of(target)
    if target.is_postgres:
        return lake.connect(target, read_only=read_only, config=config)
    timeout = LOCK_TIMEOUT_S if timeout is None else timeout
    path = target.path
    if read_only and not path.exists():
        raise WarehouseError(f"no warehouse at {path}: build it with `tariffscope run` (or pass --warehouse FILE)")
    path.parent.mkdir(parents=True, exist_ok=True)
    start, delay = time.monotonic(), 0.05
    while True:
        try:
            if target.is_lake:
                return lake.connect(target, read_only=read_only, config=config)
            return duckdb.connect(str(path), read_only=read_only, config=config or {})
        except (duckdb.IOException, duckdb.BinderException) as exc:  # a lake's second attach in one process: Binder
            waited = time.monotonic() - start
            if not LOCK_ERROR.search(str(exc)):
                if target.is_lake:
                    raise WarehouseError(f"{target}: cannot attach the DuckLake: {str(exc).splitlines()[0]}") from exc
                raise WarehouseError(f"{path}: cannot open as a DuckDB warehouse: {str(exc).splitlines()[0]}") from exc
            if waited >= timeout:
                raise WarehouseError(_busy_message(path, exc, waited)) from exc
            time.sleep(min(delay, max(0.0, timeout - waited)))
            delay = min(delay * 2, 1.0)


@contextlib.contextmanager
def writing(target: Warehouse | Path | str, timeout: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    con = open_connection(target, timeout=timeout)
    try:
        apply_schema(con)
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def reading(target: Warehouse | Path | str, timeout: float | None = None, sandboxed: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Read-only; `sandboxed` also disables file access (COPY TO, read_csv, ATTACH) for user queries."""
    config = dict(SANDBOX) if sandboxed else None
    con = open_connection(target, read_only=True, timeout=timeout, config=config)
    try:
        yield con
    finally:
        con.close()


# --- schema and models -------------------------------------------------------------------------------

def schema_scripts() -> list[tuple[int, Path]]:
    scripts = sorted((int(p.name.split("_", 1)[0]), p) for p in SQL_SCHEMA_DIR.glob("[0-9]*_*.sql"))
    if not scripts:  # an installation without its SQL must fail here, not build an empty warehouse
        raise FileNotFoundError(f"no schema scripts in {SQL_SCHEMA_DIR}: the tariffscope installation is incomplete")
    return scripts


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Run schema scripts newer than the file's recorded version (scripts are re-runnable), then (re)create the
    views whose sql/models/ file changed, all in one transaction; a warehouse already current is only read (two
    small queries), so opening it writes nothing. On a lake two processes may do this at once: the one whose
    commit conflicts looks again (and finds the other's work done)."""
    lake.retry_conflicts(con, lambda: _apply_schema(con))


def _apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(statement("warehouse/schema_version_table"))
    current = con.execute(statement("warehouse/schema_version_current")).fetchone()[0]
    pending = [(v, p) for v, p in schema_scripts() if v > current]
    # after a schema change every view is created again (a table it reads may have changed); else only stale ones
    models = model_paths() if pending else lake.stale_models(con, model_paths())
    if not pending and not models:
        return
    con.execute("begin")
    try:
        for version, path in pending:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute(statement("warehouse/schema_version_record"), [version, path.name])
        apply_models(con, models)
        con.execute("commit")
    except Exception:
        lake.rollback(con)
        raise
    if pending and lake.is_lake(con):
        lake.apply_lake_schema(con)


def model_paths() -> list[Path]:
    return sorted(SQL_MODELS_DIR.glob("*.sql"))


def model_sql(path: Path) -> str:
    """The statement that (re)creates the view of model file `path`: named after the file, its text the select."""
    return statement("warehouse/create_view", view=path.stem) + path.read_text(encoding="utf-8")


_SQL_COMMENT = re.compile(r"--[^\n]*")


def model_order(paths: list[Path]) -> list[Path]:
    """The model files with every view after the views it reads (a model reads another when its SQL, comments
    left out, names that view), so that one transaction creates them all without a failed statement."""
    names = {p.stem for p in model_paths()}
    sql = {p.stem: _SQL_COMMENT.sub("", p.read_text(encoding="utf-8")) for p in paths}
    reads = {view: {n for n in names - {view} if re.search(rf"\b{n}\b", text)} for view, text in sql.items()}
    ordered, done = [], names - reads.keys()  # views not being created are already there
    while len(ordered) < len(paths):
        ready = [p for p in paths if p not in ordered and reads[p.stem] <= done]
        if not ready:
            cycle = sorted(p.name for p in paths if p not in ordered)
            raise WarehouseError(f"sql/models: the views of {', '.join(cycle)} read each other (a cycle)")
        ordered += ready
        done |= {p.stem for p in ready}
    return ordered


def apply_models(con: duckdb.DuckDBPyConnection, paths: list[Path] | None = None) -> None:
    """(Re)create the views of `paths` (default: every file in sql/models/; file name = view name), each after the
    views it reads. Each view's comment records its file's hash (lake.mark_model), so an open recreates only the
    views whose file changed (lake.stale_models)."""
    for path in model_order(model_paths() if paths is None else paths):
        try:
            con.execute(model_sql(path))
            lake.mark_model(con, path)
        except duckdb.Error as exc:
            raise WarehouseError(f"{path}: model does not compile: {str(exc).splitlines()[0]}") from exc


# --- loading -----------------------------------------------------------------------------------------

def already_loaded(path: Warehouse | Path | str, source_file: str | None, sha256: str, table: str | None = None,
                   source_format: str | None = None, beside_writer: bool = False) -> str | None:
    """_load_id of an earlier successful load of this exact file content, if any: into the same table, in the
    same format (when given) and by the same reader code version, under this file name (None: any name).
    `beside_writer`: asked while this process
    may hold the file for writing (pipelined ingest), so open it with the writer's configuration (DuckDB
    refuses a read-only open of a file this process has open read-write)."""
    if not Warehouse.of(path).exists():
        return None
    with (contextlib.closing(open_connection(path)) if beside_writer else reading(path)) as con:
        return loaded_before(con, source_file, sha256, table, source_format)


def loaded_before(con: duckdb.DuckDBPyConnection, source_file: str, sha256: str, table: str | None = None,
                  source_format: str | None = None) -> str | None:
    if not con.execute(statement("warehouse/has_reader_version")).fetchone():
        return None  # a warehouse from before reader versions were recorded: every file is new to it
    row = con.execute(statement("warehouse/loaded_before"), {
        "source_file": source_file, "sha256": sha256, "table_name": table, "source_format": source_format,
        "reader_version": reader_version(table or "")}).fetchone()
    return row[0] if row else None


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [r[0] for r in con.execute(statement("warehouse/table_columns", table=table)).fetchall()]


# rows per Arrow record batch handed to DuckDB: one row group (DuckDB's default row_group_size)
ARROW_BATCH_ROWS = 122_880


def arrow(frame: pl.DataFrame) -> pa.Table:
    """The frame as Arrow without copying its strings: polars' own string-view layout, which DuckDB scans
    directly (the default large_string conversion copies every string: +500 MB and +0.6 s at 10M trade rows).
    Sliced (zero-copy) into record batches of one row group each: DuckDB's Arrow scan hands out work one record
    batch at a time, and polars gives one batch for the whole frame, so the insert ran as one batch; in batches
    both threads share it (CPU of loading 1M BACI rows into a fresh warehouse: median 1.31 s vs 1.95 s, 6 runs)."""
    table = frame.to_arrow(compat_level=pl.CompatLevel.newest())
    return pa.Table.from_batches(table.to_batches(max_chunksize=ARROW_BATCH_ROWS), schema=table.schema)


def _origins(frame: pl.DataFrame, columns: tuple[str, ...], constant: list[str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(distinct origin values with a 0-based `_origin`, the frame with `_origin` where origins vary).

    A file whose origin columns are all constant has one origin and gets no new column; otherwise the distinct
    combinations are numbered and each row gets its combination's number: by comparison when there are few (a
    BACI file: quantity unit 't' or none), by a join otherwise (Census notes, Comtrade units)."""
    varying = [c for c in columns if c not in constant]
    if not varying or frame.height == 0:
        return frame.head(1).select(columns).with_row_index("_origin"), frame
    keys = frame.select(columns).unique(subset=varying, maintain_order=True).with_row_index("_origin")
    if keys.height > FEW_ORIGINS:
        return keys, frame.join(keys.select("_origin", *varying), on=varying, how="left", nulls_equal=True)
    index = pl.lit(None, pl.UInt32)
    for key in keys.select("_origin", *varying).iter_rows(named=True):
        same = [pl.col(c).is_null() if key[c] is None else pl.col(c) == key[c] for c in varying]
        index = pl.when(pl.all_horizontal(same)).then(pl.lit(key["_origin"], pl.UInt32)).otherwise(index)
    return keys, frame.with_columns(index.alias("_origin"))


@functools.cache
def _iso3_enum() -> pl.Enum:
    """AAA..ZZZ in order: an ISO3 code's place in it is the number trade_flow_fact stores (sql/schema/009)."""
    return pl.Enum(["".join(letters) for letters in itertools.product(string.ascii_uppercase, repeat=3)])


def _coded(frame: pl.DataFrame, codes: dict[str, str], source_file: str) -> pl.DataFrame:
    """The frame with its coded text columns as the numbers the fact table stores (sql/schema/009): an ISO3 code
    (three letters A-Z) as its place in AAA..ZZZ, an hs_code as 0 ('TOTAL') or its digits behind a leading 1. The
    suite lets no other value through; should one come, the load stops here naming it rather than store it."""
    iso3 = [c for c in ("reporter_iso3", "partner_iso3") if c in codes and c in frame.columns]
    try:
        frame = frame.with_columns(pl.col(c).cast(_iso3_enum()).to_physical().cast(pl.Int16) for c in iso3)
    except pl.exceptions.InvalidOperationError as exc:
        raise WarehouseError(f"{source_file}: {', '.join(iso3)}: a value is not three letters A-Z, so it cannot be "
                             f"stored ({str(exc).splitlines()[0]})") from exc
    if "hs_code" in codes and "hs_code" in frame.columns:
        hs, length = pl.col("hs_code"), pl.col("hs_code").str.len_bytes()
        digits = hs.str.to_integer(strict=False)
        bad = (hs != "TOTAL") & (digits.is_null() | (length > HS_CODE_DIGITS) | hs.str.contains("^[+-]"))
        if wrong := frame.filter(bad)["hs_code"].head(3).to_list():
            raise WarehouseError(f"{source_file}: hs_code {wrong}: neither TOTAL nor up to {HS_CODE_DIGITS} digits, "
                                 "so it cannot be stored")
        frame = frame.with_columns(pl.when(hs == "TOTAL").then(0).otherwise(pl.lit(10, pl.Int64).pow(length) + digits)
                                   .cast(pl.Int32).alias("hs_code"))
    return frame.rename({c: codes[c] for c in codes if c in frame.columns})


def _merge_split(con: duckdb.DuckDBPyConnection, table: str, source_file: str, load_id: str, frame: pl.DataFrame) -> None:
    """Merge into a split table: origins once per distinct origin values, fact rows with the origin's integer key.
    Same semantics as _merge: the file's earlier rows go, a natural key loaded from another file is taken over.
    A fact column with one value for the whole file (BACI: year) is passed as a parameter instead of millions of
    copies through Arrow."""
    fact, origin, origin_columns = SPLIT_TABLES[table]
    codes = FACT_CODES.get(table, {})
    frame = _coded(frame, codes, source_file)
    fact_columns = [c for c in table_columns(con, fact) if c != "origin_id"]
    constant = constant_columns(frame, [c for c in frame.columns if c in (*fact_columns, *origin_columns)])
    value = frame.head(1).select(constant).row(0, named=True) if frame.height else dict.fromkeys(constant)
    keys, frame = _origins(frame, origin_columns, constant)
    base = lake.take_ids(con, origin, keys.height) if lake.is_lake(con) else \
        con.execute(statement("load/next_origin_id", origin=origin)).fetchone()[0]
    con.execute(statement("load/delete_file_facts", fact=fact, origin=origin), [source_file])
    con.execute(statement("load/delete_file_origins", origin=origin), [source_file])
    key = [codes.get(c, c) for c in NATURAL_KEYS[table]]  # an origin column goes through Arrow only when the key match needs it
    staged = [c for c in frame.columns if c in (*fact_columns, *key, "_origin") and c not in constant]
    con.register("staged", arrow(frame.select(staged or constant[:1])))  # (a one-row file: all constant)
    try:
        match = " and ".join(f"{'o' if c in origin_columns else 'f'}.{c} is not distinct from {'?' if c in constant else 's.' + c}"
                             for c in key)
        # the year bounds are constants, so DuckDB skips row groups of other years by their min/max (zonemaps)
        years = [frame["year"].min(), frame["year"].max()] if "year" not in constant else [value["year"]] * 2
        taken = con.execute(f"delete from {fact} f using {origin} o where f.origin_id = o.origin_id and f.year between ? and ? "
                            f"and exists (select 1 from staged s where {match})", [*years, *(value[c] for c in key if c in constant)]).fetchone()[0]
        if taken:  # origins left without rows (their keys were all taken over) go too
            con.execute(statement("load/delete_orphan_origins", fact=fact, origin=origin))
        select = ", ".join(f"? as {c}" if c in constant else c for c in fact_columns)
        params = [value[c] for c in fact_columns if c in constant]
        origin_id = "(? + _origin)::integer" if "_origin" in frame.columns else "?::integer"
        con.execute(f"insert into {fact} by name select {select}, {origin_id} as origin_id from staged", [*params, base])
    finally:
        con.unregister("staged")
    con.register("origins", arrow(keys))
    try:
        con.execute(statement("load/insert_origins", origin=origin), [base, source_file, load_id])
    finally:
        con.unregister("origins")


def _merge(con: duckdb.DuckDBPyConnection, table: str, source_file: str, load_id: str, frame: pl.DataFrame) -> None:
    if table in SPLIT_TABLES:
        return _merge_split(con, table, source_file, load_id, frame)
    columns = table_columns(con, table)
    # helper columns used only by validation (e.g. body_length) are not loaded; source_file is one value for the
    # whole load, passed as a parameter rather than millions of copies through Arrow
    frame = frame.select([c for c in frame.columns if c in columns and c != "source_file"])
    con.register("staged", arrow(frame))
    try:
        if table in DIMENSIONS:
            con.execute(statement("load/delete_all", table=table))
            con.execute(statement("load/insert_staged", table=table))
            return
        # a changed file replaces its own earlier rows; a key loaded from another file is taken over
        con.execute(statement("load/delete_file_rows", table=table), [source_file]) if "source_file" in columns else None
        match = " and ".join(f"t.{c} is not distinct from s.{c}" for c in NATURAL_KEYS[table])
        con.execute(f"delete from {table} t where exists (select 1 from staged s where {match})")
        if "source_file" in columns:
            con.execute(statement("load/insert_staged_file_rows", table=table), [source_file, load_id])
        else:
            con.execute(statement("load/insert_staged_load_rows", table=table), [load_id])
    finally:
        con.unregister("staged")


def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    if frame.height:
        con.register("rows_to_insert", arrow(frame))
        con.execute(statement("load/insert_rows", table=table))
        con.unregister("rows_to_insert")


def _validation_rows(outcomes: list, run_id: str, now: dt.datetime) -> pl.DataFrame:
    return pl.DataFrame(
        [
            {"run_id": run_id, "table_name": o.table, "suite": f"expectations/{o.table}.json", "expectation": o.expectation,
             "level": o.level, "success": o.success, "element_count": o.element_count,
             "unexpected_count": o.unexpected_count,
             "unexpected_sample": json.dumps(o.unexpected_sample, default=str) if o.unexpected_sample else None,
             "validated_at": now}
            for o in outcomes
        ],
        schema={"run_id": pl.Utf8, "table_name": pl.Utf8, "suite": pl.Utf8, "expectation": pl.Utf8, "level": pl.Utf8,
                "success": pl.Boolean, "element_count": pl.Int64, "unexpected_count": pl.Int64,
                "unexpected_sample": pl.Utf8, "validated_at": pl.Datetime("us")},
    )


def table_loads(validated: ValidatedSource, loaded: bool) -> list[TableLoad]:
    source = validated.source
    loads = []
    for table, passed in validated.passed.items():
        quarantined = validated.quarantined[table].height
        filtered = source.rows_filtered if table == source.table else 0
        rows_in = source.rows_in if table == source.table else passed.height + quarantined
        outcomes = validated.validations[table].outcomes
        loads.append(TableLoad(table, rows_in, passed.height if loaded else 0, quarantined if loaded else 0,
                               filtered if loaded else 0, sum(o.success for o in outcomes), len(outcomes)))
    return loads


def _audit_rows(result: LoadResult, source_format: str, sha256: str, started: dt.datetime) -> pl.DataFrame:
    now = dt.datetime.now()
    return pl.DataFrame([
        {"_load_id": result.load_id, "table_name": t.table, "source_file": result.source_file,
         "source_format": source_format, "sha256": sha256, "rows_in": t.rows_in, "rows_loaded": t.rows_loaded,
         "rows_quarantined": t.rows_quarantined, "rows_filtered": t.rows_filtered, "status": result.status,
         "message": result.message or None, "started_at": started, "finished_at": now,
         "reader_version": reader_version(t.table)}
        for t in result.tables
    ])


def load_validated(validated: ValidatedSource, warehouse: Warehouse | Path | str, timeout: float | None = None) -> LoadResult:
    """One transaction: merge passing rows, quarantine the rest, record validation and the audit row.
    A source with table-level failures loads nothing; only its audit and validation rows are written.
    On a lake the transaction is one snapshot; one that conflicts with a concurrent writer's is run again."""
    started, load_id = dt.datetime.now(), str(uuid.uuid4())
    with writing(warehouse, timeout=timeout) as con:
        # rows carry no meaningful order: DuckDB may insert in parallel without buffering to keep it
        con.execute("set preserve_insertion_order = false")
        if validated.source.table in SPLIT_TABLES:
            # the fact rows' text is short codes (ISO3, HS): dictionary compression wins and FSST's analysis of
            # every row group is wasted (CPU of the fact insert at 1M BACI rows: median 1.58 -> 1.30 s, 7 runs;
            # the file 13 -> 12 MB). Set on the trade load's connection only: article bodies keep FSST.
            con.execute("set disabled_compression_methods = 'fsst'")
        return lake.retry_conflicts(con, lambda: _load_transaction(con, validated, load_id, started))


def _load_transaction(con: duckdb.DuckDBPyConnection, validated: ValidatedSource, load_id: str,
                      started: dt.datetime) -> LoadResult:
    source = validated.source
    con.execute("begin")
    try:
        if validated.ok:
            for table, frame in validated.passed.items():
                _merge(con, table, source.source_file, load_id, frame)
                quarantine = validated.quarantined[table].with_columns(
                    pl.lit(load_id).alias("_load_id"), pl.lit(table).alias("table_name"),
                    pl.lit(source.source_file).alias("source_file"))
                _insert_rows(con, "quarantine", quarantine)
            result = LoadResult(load_id, source.source_file, "loaded", table_loads(validated, loaded=True))
        else:
            result = LoadResult(load_id, source.source_file, "rejected", table_loads(validated, loaded=False),
                                validated.failure_message())
        outcomes = [o for v in validated.validations.values() for o in v.outcomes]
        _insert_rows(con, "validation_result", _validation_rows(outcomes, load_id, started))
        _insert_rows(con, "load_audit", _audit_rows(result, source.source_format, source.sha256, started))
        con.execute("commit")
    except Exception:
        lake.rollback(con)
        raise
    return result


def record_outcome(warehouse: Warehouse | Path | str, source_file: str, table: str, status: str, message: str,
                   sha256: str | None = None, source_format: str | None = None) -> LoadResult:
    """An audit row for a source that never reached validation (unreadable) or was unchanged."""
    started = dt.datetime.now()
    result = LoadResult(str(uuid.uuid4()), source_file, status, [TableLoad(table, 0, 0, 0, 0)], message)
    with writing(warehouse) as con:
        _insert_rows(con, "load_audit", _audit_rows(result, source_format or "", sha256 or "", started))
    return result


def initialize(warehouse: Warehouse | Path | str) -> None:
    with writing(warehouse):
        pass


def query(warehouse: Warehouse | Path | str, sql: str, params: list | None = None) -> pl.DataFrame:
    """Read-only, sandboxed query as a polars frame."""
    with reading(warehouse, sandboxed=True) as con:
        relation = con.sql(sql, params=params) if params else con.sql(sql)
        return relation.pl() if relation is not None else pl.DataFrame()


# --- inspection and export ---------------------------------------------------------------------------

# `tariffscope status`: title -> sql/cli/<file>.sql (the quarantine counted as the report counts it)
STATUS_QUERIES = {"Last loads": "status_last_loads", "Rows per table": "status_rows", "Quarantine": "status_quarantine"}


def status_frames(warehouse: Warehouse | Path | str) -> dict[str, pl.DataFrame]:
    with reading(warehouse) as con:
        return {title: con.sql(statement(f"cli/{name}")).pl()
                for title, name in STATUS_QUERIES.items()}


def row_counts(warehouse: Warehouse | Path | str) -> dict[str, int]:
    """Exact rows per table (and per split table's view, e.g. trade_flow)."""
    with reading(warehouse) as con:
        return {t: row_count(con, t) for t in [*base_tables(con), *SPLIT_TABLES]}


def row_count(con: duckdb.DuckDBPyConnection, relation: str) -> int:
    return con.execute(statement("warehouse/row_count", table=relation)).fetchone()[0]


# helper tables of the views, the same in every warehouse (sql/schema/009's 17,576 AAA..ZZZ codes): not exported
HELPER_TABLES = ("iso3_code",)


def relations(con: duckdb.DuckDBPyConnection) -> list[str]:
    return ([t for t in base_tables(con) if t not in HELPER_TABLES]
            + [r[0] for r in con.execute(statement("warehouse/views")).fetchall()])


def export_parquet(warehouse: Warehouse | Path | str, out_dir: Path) -> list[tuple[Path, int]]:
    """Every table and view as <out_dir>/<name>.parquet (zstd), but the views' helper tables (HELPER_TABLES)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with reading(warehouse) as con:
        for name in relations(con):
            target = out_dir / f"{name}.parquet"
            con.execute(statement("warehouse/export_parquet", relation=name), [str(target)])
            written.append((target, row_count(con, name)))
    return written


def validated_frames(warehouse: Warehouse | Path | str) -> dict[str, pl.DataFrame]:
    """Every table a suite checks, as it is now (article_* parts with their article's body_length), for
    tariffscope.pipeline.revalidate."""
    with reading(warehouse) as con:
        return {table: con.sql(statement(f"warehouse/{'article_part' if table.startswith('article_') else 'relation'}_rows",
                                         table=table)).pl()
                for table in (*DIMENSIONS, *NATURAL_KEYS)}


def record_validation(warehouse: Warehouse | Path | str, outcomes: list) -> None:
    """A revalidation's expectation results as one run in validation_result."""
    with writing(warehouse) as con:
        _insert_rows(con, "validation_result", _validation_rows(outcomes, str(uuid.uuid4()), dt.datetime.now()))


# --- migrate -----------------------------------------------------------------------------------------

# bookkeeping each warehouse writes for itself when its schema is applied, and iso3_code (sql/schema/009, the same
# in every warehouse): not copied
OWN_TABLES = ("schema_version", "id_counter", "iso3_code")


@dataclass
class TableCopy:
    table: str
    rows_source: int
    rows_target: int


def base_tables(con: duckdb.DuckDBPyConnection, database: str | None = None) -> list[str]:
    return [r[0] for r in con.execute(statement("warehouse/base_tables"), [database]).fetchall()]


def migrate(source: Warehouse | Path | str, target: Warehouse | Path | str) -> list[TableCopy]:
    """Copy every table of `source` (a DuckDB file) into an empty `target` (a lake, or another file) in one
    transaction (one snapshot on a lake), then compare the row counts of every table."""
    source, target = Warehouse.of(source), Warehouse.of(target)
    if source.is_lake or not source.exists():
        raise WarehouseError(f"migrate copies a DuckDB file warehouse: no DuckDB file at {source} (pass it with --warehouse)")
    if str(source) == str(target):
        raise WarehouseError(f"migrate --to {target}: that is the warehouse being copied")
    initialize(source)  # the source's schema up to the installed sql/, so both sides have the same tables
    with writing(target) as con:
        filled = [t for t in base_tables(con) if t not in OWN_TABLES and row_count(con, t)]
        if filled:
            raise WarehouseError(f"migrate --to {target}: the target is not empty ({', '.join(filled[:4])} have rows); "
                                 "migrate only fills a new warehouse")
        path = str(source.path).replace("'", "''")
        con.execute(f"attach '{path}' as migrate_source (read_only)")
        try:
            tables = [t for t in base_tables(con) if t not in OWN_TABLES]
            missing = [t for t in tables if t not in base_tables(con, "migrate_source")]
            if missing:
                raise WarehouseError(f"{source}: has no table {missing[0]} after its schema upgrade")
            lake.retry_conflicts(con, lambda: _copy_tables(con, tables))
            return [TableCopy(t, *con.execute(statement("warehouse/migrate_counts", table=t)).fetchone()) for t in tables]
        finally:
            con.execute("detach migrate_source")


def _copy_tables(con: duckdb.DuckDBPyConnection, tables: list[str]) -> None:
    con.execute("begin")
    try:
        for table in tables:
            con.execute(statement("warehouse/migrate_copy", table=table))
        if lake.is_lake(con):
            lake.sync_ids(con)
        con.execute("commit")
    except Exception:
        lake.rollback(con)
        raise
