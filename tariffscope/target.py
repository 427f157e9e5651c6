"""Where the warehouse lives: an embedded DuckDB file (the default) or a DuckLake.

    warehouse/tariffscope.duckdb                      embedded DuckDB file, one writer at a time
    ducklake:warehouse/lake.ducklake                  DuckLake, catalog in a DuckDB file, Parquet beside it
    ducklake:postgres:dbname=ts host=db port=5432     DuckLake, catalog in Postgres (many writers and readers)

A lake's Parquet files go under its data path, chosen when the lake is created and kept in its catalog:
--data-path / $TARIFFSCOPE_DATA_PATH, else beside the catalog file (<name>.ducklake.files/), else for Postgres
warehouse/<dbname>.files/. Later opens need no data path (a different one is refused by DuckLake). An s3://
data path works where DuckDB finds credentials (documented, not tested here)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

LAKE_PREFIX = "ducklake:"
POSTGRES_PREFIX = "postgres:"


class WarehouseError(Exception):
    """A warehouse problem the user can act on (busy, missing, not a DuckDB file, a lake that will not attach)."""


@dataclass(frozen=True)
class Warehouse:
    kind: str                    # "duckdb" (embedded file) | "ducklake"
    location: str                # duckdb: absolute file path; ducklake: catalog file path or "postgres:<libpq string>"
    data_path: str | None = None  # ducklake only: the chosen folder (or URL) of the Parquet files; None = as stored

    @classmethod
    def parse(cls, text: str | os.PathLike, data_path: str | os.PathLike | None = None) -> "Warehouse":
        """A --warehouse value; `data_path` (else $TARIFFSCOPE_DATA_PATH, else the default) for a lake."""
        text = os.fspath(text).strip()
        if not text.startswith(LAKE_PREFIX):
            return cls("duckdb", str(Path(text).expanduser().resolve()))
        catalog = text[len(LAKE_PREFIX):].strip()
        if catalog.startswith(POSTGRES_PREFIX):
            catalog = POSTGRES_PREFIX + catalog[len(POSTGRES_PREFIX):].strip().strip("\"'")
        elif not catalog:
            raise ValueError("ducklake: needs a catalog: ducklake:PATH.ducklake or ducklake:postgres:\"dbname=... host=...\"")
        else:
            catalog = str(Path(catalog).expanduser().resolve())
        chosen = data_path or os.environ.get("TARIFFSCOPE_DATA_PATH") or None
        return cls("ducklake", catalog, _data_path(chosen) if chosen else None)

    @classmethod
    def of(cls, value: "Warehouse | str | os.PathLike") -> "Warehouse":
        return value if isinstance(value, Warehouse) else cls.parse(value)

    # --- what it is --------------------------------------------------------------------------------

    @property
    def is_lake(self) -> bool:
        return self.kind == "ducklake"

    @property
    def is_postgres(self) -> bool:
        return self.is_lake and self.location.startswith(POSTGRES_PREFIX)

    @property
    def path(self) -> Path | None:
        """The local file: the DuckDB file, or the lake's catalog file (None for a Postgres catalog)."""
        return None if self.is_postgres else Path(self.location)

    @property
    def dbname(self) -> str | None:
        found = re.search(r"(?:^|\s)dbname=(\S+)", self.location[len(POSTGRES_PREFIX):]) if self.is_postgres else None
        return found.group(1).strip("\"'") if found else None

    @property
    def name(self) -> str:
        """Short name for titles and side folders: the file's stem, or the Postgres database name."""
        return self.path.stem if self.path else (self.dbname or "lake")

    @property
    def file_name(self) -> str:
        """For titles: the file's name (tariffscope.duckdb, lake.ducklake), or postgres:<dbname>."""
        return self.path.name if self.path else f"postgres:{self.dbname or '?'}"

    @property
    def folder(self) -> Path:
        """Where side outputs (Data Docs, report) go: beside the file, else warehouse/."""
        from tariffscope.settings import WAREHOUSE_DIR

        return self.path.parent if self.path else WAREHOUSE_DIR

    def default_data_path(self) -> str:
        if self.path:
            return str(self.path.parent / f"{self.path.name}.files") + os.sep
        return str(self.folder / f"{self.name}.files") + os.sep

    def exists(self) -> bool:
        """Whether there is something to read (a Postgres catalog is assumed to be there; connecting tells)."""
        return self.is_postgres or self.path.exists()

    def attach_sql(self, read_only: bool = False, data_path: str | None = None) -> str:
        """ATTACH with `data_path` (the chosen one by default; none: the one stored in the catalog)."""
        data_path = data_path or self.data_path
        options = ([f"data_path {_literal(data_path)}"] if data_path else []) + (["read_only"] if read_only else [])
        return f"attach {_literal(LAKE_PREFIX + self.location)} as lake" + (f" ({', '.join(options)})" if options else "")

    def __str__(self) -> str:
        return LAKE_PREFIX + self.location if self.is_lake else self.location

    def __fspath__(self) -> str:
        """Only a file warehouse is a path: a lake passed where a path is expected fails loudly."""
        if self.is_lake:
            raise TypeError(f"{self} is a DuckLake, not a file: pass the Warehouse itself")
        return self.location


def _data_path(value: str | os.PathLike) -> str:
    text = os.fspath(value)
    if re.match(r"^[a-z][a-z0-9+.-]*://", text):  # s3://, gs://, az://: taken as written
        return text if text.endswith("/") else text + "/"
    return str(Path(text).expanduser().resolve()) + os.sep


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
