"""Each warehouse table's columns and types, written once: in the DDL (sql/schema/*.sql, plus the trade_flow
view of sql/models). Python derives them from there: the schema scripts run once per process in an in-memory
DuckDB and `duckdb_columns()` is read back (cached). Readers build their frames with these names and types,
so a column added to the DDL needs no second list in Python. Imports nothing else of the library but settings
and sqlfiles (articles and readers may use it)."""

from __future__ import annotations

import functools

import polars as pl

from tariffscope.settings import SQL_SCHEMA_DIR
from tariffscope.sqlfiles import statement

VIEWS = ("trade_flow",)  # tables that became views over split storage: their columns as users see them
LOAD_ID = "_load_id"    # added by the load, never by a reader
POLARS_TYPES = {"VARCHAR": pl.String, "INTEGER": pl.Int32, "SMALLINT": pl.Int16, "BIGINT": pl.Int64,
                "DOUBLE": pl.Float64, "DATE": pl.Date, "BOOLEAN": pl.Boolean, "TIMESTAMP": pl.Datetime("us"),
                "VARCHAR[]": pl.List(pl.String)}


@functools.cache
def _catalog() -> dict[str, dict[str, str]]:
    """table -> {column: DuckDB type}, in column order, from the schema scripts run on an empty database."""
    import duckdb

    con = duckdb.connect()
    try:
        for path in sorted(SQL_SCHEMA_DIR.glob("[0-9]*_*.sql"), key=lambda p: int(p.name.split("_", 1)[0])):
            con.execute(path.read_text(encoding="utf-8"))
        for view in VIEWS:
            con.execute(statement("warehouse/create_view", view=view) + statement(f"models/{view}"))
        rows = con.execute(statement("warehouse/catalog_columns")).fetchall()
    finally:
        con.close()
    catalog: dict[str, dict[str, str]] = {}
    for table, column, data_type in rows:
        catalog.setdefault(table, {})[column] = data_type
    return catalog


def column_types(table: str) -> dict[str, str]:
    """{column: DuckDB type} of a warehouse table, as its DDL declares them."""
    try:
        return dict(_catalog()[table])
    except KeyError:
        raise KeyError(f"no table {table!r} in {SQL_SCHEMA_DIR}") from None


def columns(table: str, loaded: bool = False) -> list[str]:
    """The columns a reader produces for `table` (without _load_id), or with `loaded` every column."""
    return [c for c in column_types(table) if loaded or c != LOAD_ID]


def polars_schema(table: str) -> dict[str, pl.DataType]:
    """The reader's frame schema for `table`: its DDL columns (without _load_id) as polars types."""
    return {c: POLARS_TYPES[t] for c, t in column_types(table).items() if c != LOAD_ID}


def conform(frame: pl.DataFrame, table: str) -> pl.DataFrame:
    """The frame's columns of `table`, in DDL order and cast to their DDL types (a reader's last step)."""
    return frame.select([pl.col(c).cast(t) for c, t in polars_schema(table).items()])
