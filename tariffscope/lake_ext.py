"""DuckDB extensions from installed packages: LOAD '<file>', never INSTALL (no network at run time).

The registry's duckdb-extension-ducklake / duckdb-extension-postgres-scanner wheels carry the binary for one
DuckDB version under <package>/extensions/v<version>/<name>.duckdb_extension."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import duckdb

# extension name -> the Python package that ships its binary
PACKAGES = {"ducklake": "duckdb_extension_ducklake", "postgres_scanner": "duckdb_extension_postgres_scanner"}


class ExtensionMissing(Exception):
    """The package with an extension's binary is not installed, or is for another DuckDB version."""


def extension_file(name: str) -> Path:
    package = PACKAGES[name]
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ExtensionMissing(f"DuckDB extension {name}: package {package} is not installed (pip install -c requirements.lock -e .)")
    folder = Path(next(iter(spec.submodule_search_locations))) / "extensions" / f"v{duckdb.__version__}"
    path = folder / f"{name}.duckdb_extension"
    if not path.is_file():
        raise ExtensionMissing(f"DuckDB extension {name}: no {path.name} for DuckDB {duckdb.__version__} under {folder.parent}")
    return path


def load(con: duckdb.DuckDBPyConnection, name: str) -> None:
    path = str(extension_file(name)).replace("'", "''")
    con.execute(f"load '{path}'")
