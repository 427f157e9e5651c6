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
from tariffscope.sqlfiles import statement
from tariffscope.target import Warehouse, WarehouseError

T = TypeVar("T")
# Settings that would stop the attach itself (file access, extension loading) are applied after it.
_AFTER_ATTACH = ("enable_external_access", "lock_configuration")


def connect(target: Warehouse, read_only: bool = False, config: dict | None = None) -> duckdb.DuckDBPyConnection:
    config = dict(config or {})
    later = {k: config.pop(k) for k in _AFTER_ATTACH if k in config}
    if read_only and not target.exists():
        raise WarehouseError(f"no lake catalog at {target.path or target.location}: build it with "
                             f"`tariffscope --warehouse {target} run`")
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


_FOUND: set[str] = set()  # Postgres catalogs seen with DuckLake's tables (a lake, once made, stays)


def postgres_catalog_exists(target: Warehouse) -> bool:
    """Whether the Postgres database already holds a DuckLake (its ducklake_metadata table). When the server
    cannot be asked, True: connecting then reports the real error."""
    if target.location in _FOUND:
        return True
    con = duckdb.connect(":memory:")
    try:
        lake_ext.load(con, "postgres_scanner")
        dsn = target.location.split(":", 1)[1].replace("'", "''")
        con.execute(f"attach '{dsn}' as catalog_probe (type postgres, read_only)")
        found = con.execute(statement("lake/has_catalog")).fetchone() is not None
    except (duckdb.Error, lake_ext.ExtensionMissing):
        found = True
    finally:
        con.close()
    if found:
        _FOUND.add(target.location)
    return found


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
    row = con.execute(statement("lake/data_path")).fetchone()
    return row[0] if row else None


def is_lake(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute(statement("lake/is_lake")).fetchone()[0]


def _model_tag(path: Path) -> str:
    return f"sql/models/{path.name} sha256:{hashlib.sha256(path.read_bytes()).hexdigest()[:16]}"


def stale_models(con: duckdb.DuckDBPyConnection, paths: list[Path]) -> list[Path]:
    """The model files whose view is missing or was created from other text (its comment is the file's tag)."""
    tags = dict(con.execute(statement("lake/model_tags")).fetchall())
    return [p for p in paths if tags.get(p.stem) != _model_tag(p)]


def mark_model(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    con.execute(f"comment on view {path.stem} is '{_model_tag(path)}'")


# --- lake-only schema, ids and conflicts ---------------------------------------------------------------

def apply_lake_schema(con: duckdb.DuckDBPyConnection) -> None:
    """sql/lake/[0-9]*.sql after sql/schema/ (re-runnable), in one transaction."""
    from tariffscope.settings import SQL_DIR

    con.execute("begin")
    try:
        for path in sorted((SQL_DIR / "lake").glob("[0-9]*_*.sql")):
            con.execute(path.read_text(encoding="utf-8"))
        con.execute("commit")
    except Exception:
        rollback(con)
        raise


def sync_ids(con: duckdb.DuckDBPyConnection) -> None:
    """After rows were copied in (migrate): the id counter continues after the largest id."""
    con.execute(statement("lake/sync_id_counter"))


def take_ids(con: duckdb.DuckDBPyConnection, table: str, count: int) -> int:
    """The first of `count` new ids for `table`, inside the caller's transaction: two concurrent loads that
    take ids update the same row, so DuckLake lets only one of them commit (the other is retried)."""
    first = con.execute(statement("lake/next_id"), {"name": table}).fetchone()[0]
    con.execute(statement("lake/take_ids"), {"next_id": first + max(count, 1), "name": table})
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
