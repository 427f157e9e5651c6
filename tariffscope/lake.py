"""Connecting to a DuckLake: an in-memory DuckDB with the lake attached as `lake` and made the default
catalog, so sql/ runs unchanged. Extensions come from installed packages (tariffscope.lake_ext)."""

from __future__ import annotations

import hashlib
import os
import random
import time
from pathlib import Path
from typing import Callable, TypeVar

import duckdb

from tariffscope import lake_ext
from tariffscope.target import Warehouse, WarehouseError

T = TypeVar("T")
# Settings that would stop the attach itself (file access, extension loading) are applied after it.
_AFTER_ATTACH = ("enable_external_access", "lock_configuration")


def connect(target: Warehouse, read_only: bool = False, config: dict | None = None) -> duckdb.DuckDBPyConnection:
    config = dict(config or {})
    later = {k: config.pop(k) for k in _AFTER_ATTACH if k in config}
    if read_only and not target.exists():
        raise WarehouseError(f"no lake catalog at {target.path}: build it with `tariffscope --warehouse {target} run`")
    if target.path:
        target.path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(":memory:", config=config)
    try:
        con.execute("set enable_progress_bar = false")  # slow catalog calls would draw bars on the terminal
        lake_ext.load(con, "ducklake")
        if target.is_postgres:
            lake_ext.load(con, "postgres_scanner")
        _attach(con, target, read_only)
        if later.get("enable_external_access") is False:  # sandboxed: the lake's own data files stay readable
            con.execute("set allowed_directories = [?]", [data_path(con) or target.data_path])
        for key in ("enable_external_access", "lock_configuration"):  # order matters: lock last
            if key in later:
                con.execute(f"set {key} = {'true' if later[key] else 'false'}")
    except lake_ext.ExtensionMissing as exc:
        con.close()
        raise WarehouseError(str(exc)) from exc
    except (duckdb.IOException, duckdb.BinderException):
        con.close()
        raise  # maybe a lock on the catalog file: tariffscope.warehouse.open_connection waits, then explains
    except duckdb.Error as exc:
        con.close()
        raise WarehouseError(f"{target}: cannot attach the DuckLake: {str(exc).splitlines()[0]}") from exc
    return con


def _attach(con: duckdb.DuckDBPyConnection, target: Warehouse, read_only: bool) -> None:
    """ATTACH and USE the lake. The data path goes with a new lake only (or when chosen): an existing lake
    keeps the one in its catalog."""
    new_file = target.path is not None and not target.path.exists()
    try:
        con.execute(target.attach_sql(read_only, target.data_path or (target.default_data_path() if new_file else None)))
    except duckdb.InvalidInputException as exc:  # a new Postgres catalog: DuckLake needs a data path to create it
        if target.data_path or "data_path is not set" not in str(exc):
            raise
        con.execute(target.attach_sql(read_only, target.default_data_path()))
    con.execute("use lake")


def data_path(con: duckdb.DuckDBPyConnection) -> str | None:
    """The data path stored in the attached lake's catalog."""
    row = con.execute("select value from __ducklake_metadata_lake.ducklake_metadata where key = 'data_path'").fetchone()
    return row[0] if row else None


def is_lake(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute("select current_database() = 'lake'").fetchone()[0]


def _model_tag(path: Path) -> str:
    return f"sql/models/{path.name} sha256:{hashlib.sha256(path.read_bytes()).hexdigest()[:16]}"


def stale_models(con: duckdb.DuckDBPyConnection, paths: list[Path]) -> list[Path]:
    """The model files whose view is missing or was created from other text (its comment is the file's tag)."""
    tags = dict(con.execute("select view_name, comment from duckdb_views() "
                            "where database_name = current_database() and not internal").fetchall())
    return [p for p in paths if tags.get(p.stem) != _model_tag(p)]


def mark_model(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    con.execute(f"comment on view {path.stem} is '{_model_tag(path)}'")


# --- lake-only schema, ids and conflicts ---------------------------------------------------------------

def apply_lake_schema(con: duckdb.DuckDBPyConnection) -> None:
    """sql/lake/[0-9]*.sql after sql/schema/ (re-runnable), in one transaction."""
    from tariffscope.settings import SQL_DIR

    con.execute("begin")
    for path in sorted((SQL_DIR / "lake").glob("[0-9]*_*.sql")):
        con.execute(path.read_text(encoding="utf-8"))
    con.execute("commit")


def sync_ids(con: duckdb.DuckDBPyConnection) -> None:
    """After rows were copied in (migrate): the id counter continues after the largest id."""
    from tariffscope.settings import SQL_DIR

    con.execute((SQL_DIR / "lake" / "sync_id_counter.sql").read_text(encoding="utf-8"))


def take_ids(con: duckdb.DuckDBPyConnection, table: str, count: int) -> int:
    """The first of `count` new ids for `table`, inside the caller's transaction: two concurrent loads that
    take ids update the same row, so DuckLake lets only one of them commit (the other is retried)."""
    first = con.execute("select next_id from id_counter where name = ?", [table]).fetchone()[0]
    con.execute("update id_counter set next_id = ? where name = ?", [first + max(count, 1), table])
    return first


CONFLICT = "conflict"
RETRIES = int(os.environ.get("TARIFFSCOPE_LAKE_RETRIES", "20"))


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back if a transaction is still open (a failed DuckLake commit has already ended it)."""
    try:
        con.execute("rollback")
    except duckdb.TransactionException:
        pass


def retry_conflicts(con: duckdb.DuckDBPyConnection, work: Callable[[], T], retries: int = RETRIES) -> T:
    """Run `work` (one transaction); on a lake, run it again after a DuckLake transaction conflict."""
    if not is_lake(con):
        return work()
    delay = 0.1
    for attempt in range(retries + 1):
        try:
            return work()
        except duckdb.TransactionException as exc:
            if CONFLICT not in str(exc).lower() or attempt == retries:
                raise
            time.sleep(delay * (1 + random.random()))
            delay = min(delay * 1.5, 2.0)
    raise AssertionError("unreachable")
