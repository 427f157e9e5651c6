"""Constants and paths in one place. Paths resolve from the package, never the working directory."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tariffscope.target import Warehouse

# Where sql/, expectations/ and the bundled data are: the project folder in a source checkout (editable
# install), or tariffscope/_resources inside an installed wheel (copied there by setup.py's build hook).
_PACKAGED = Path(__file__).resolve().parent / "_resources"
INSTALLED = _PACKAGED.is_dir()
PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCE_ROOT = _PACKAGED if INSTALLED else PROJECT_ROOT
SQL_DIR = RESOURCE_ROOT / "sql"
SQL_SCHEMA_DIR = SQL_DIR / "schema"
SQL_MODELS_DIR = SQL_DIR / "models"
SQL_REPORT_DIR = SQL_DIR / "report"
SQL_CLI_DIR = SQL_DIR / "cli"
EXPECTATIONS_DIR = RESOURCE_ROOT / "expectations"
DATA_DIR = RESOURCE_ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"
# What a run writes: beside the project in a checkout, else in the working folder (./warehouse, like dbt's
# target/); --warehouse or $TARIFFSCOPE_WAREHOUSE choose the file explicitly.
WORK_ROOT = Path.cwd() if INSTALLED else PROJECT_ROOT
WAREHOUSE_DIR = WORK_ROOT / "warehouse"
DEFAULT_WAREHOUSE = WAREHOUSE_DIR / "tariffscope.duckdb"
DOCS_DIR = WAREHOUSE_DIR / "tariffscope-docs"
REPORT_DIR = WAREHOUSE_DIR / "tariffscope-report"

# What `tariffscope run` reads: kind -> folder under data/
BUNDLED_SOURCES = {"articles": DATA_DIR / "articles", "trade": DATA_DIR / "trade", "tariffs": DATA_DIR / "tariffs"}
ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".json"}
TABULAR_SUFFIXES = {".csv", ".parquet", ".json", ".txt"}

FLOWS = ("export", "import", "re_export", "re_import")
FIRST_TRADE_YEAR = 1988  # HS came into force on 1988-01-01
VALUE_USD_CEILING = 1e13  # above world GDP: a unit error, not a trade figure
WORLD = "WLD"

# Waiting for the warehouse write lock held by another process (seconds)
LOCK_TIMEOUT_S = float(os.environ.get("TARIFFSCOPE_LOCK_TIMEOUT", "30"))


def warehouse_path(explicit: str | os.PathLike | None = None, data_path: str | os.PathLike | None = None) -> "Warehouse":
    """--warehouse W, else $TARIFFSCOPE_WAREHOUSE, else warehouse/tariffscope.duckdb, as a Warehouse: a DuckDB file
    or `ducklake:...` (tariffscope/target.py); a lake's data path from `data_path`, else $TARIFFSCOPE_DATA_PATH."""
    from tariffscope.target import Warehouse

    if isinstance(explicit, Warehouse):
        return explicit
    chosen = explicit or os.environ.get("TARIFFSCOPE_WAREHOUSE") or DEFAULT_WAREHOUSE
    return Warehouse.parse(chosen, data_path)


# Data Docs and report are named after their warehouse, so two warehouses in one folder keep their own:
# a/w.duckdb -> a/w-docs/, a/w-report/ (the default: warehouse/tariffscope-docs/, warehouse/tariffscope-report/);
# a lake's beside its catalog file (a/lake.ducklake -> a/lake-docs/), a Postgres catalog's under warehouse/<dbname>-docs/.

def _side_folder(warehouse, suffix: str) -> Path:
    from tariffscope.target import Warehouse

    target = warehouse if isinstance(warehouse, Warehouse) else Warehouse.parse(warehouse)
    return target.folder / f"{target.name}-{suffix}"


def docs_dir(warehouse: "str | os.PathLike | Warehouse") -> Path:
    """Where the Data Docs of `warehouse` go: <folder>/<name>-docs/."""
    return _side_folder(warehouse, "docs")


def report_dir(warehouse: "str | os.PathLike | Warehouse") -> Path:
    """Where the HTML report of `warehouse` goes by default: <folder>/<name>-report/."""
    return _side_folder(warehouse, "report")
