"""What a run would do, decided before any orchestration starts (and before Prefect is imported).

- usage checks: the inputs named exist, so a usage error stops before anything is written;
- the up-to-date check: when every input (reference tables and files) was loaded before with the same content,
  kind, format and reader code, the run has nothing to do. It is answered on one read-only connection in
  about the time `tariffscope status` takes, and it writes nothing (a no-op leaves no audit rows behind).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tariffscope.settings import DATA_DIR, SQL_MODELS_DIR, SQL_SCHEMA_DIR

RUN_KINDS = ("trade", "tariffs", "articles")


class UsageError(Exception):
    """Bad arguments: one line, exit 2, nothing written."""


@dataclass
class Input:
    kind: str            # trade | tariffs | articles | reference
    table: str           # main table it loads into
    source_file: str     # as recorded in load_audit
    sha256: str
    fmt: str = "auto"


def data_root(data_dir: str | Path | None) -> Path:
    """--data-dir DIR (must hold at least one of articles/, trade/, tariffs/), else the bundled data/."""
    if data_dir is None:
        return DATA_DIR
    root = Path(data_dir).expanduser()
    if not root.is_dir():
        raise UsageError(f"--data-dir {data_dir}: no such folder")
    if not any((root / kind).is_dir() for kind in RUN_KINDS):
        raise UsageError(f"--data-dir {data_dir}: holds none of {', '.join(k + '/' for k in RUN_KINDS)}")
    return root


def existing_paths(paths: list[str]) -> list[str]:
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    return paths


def file_inputs(kind: str, paths: list[str | Path], fmt: str = "auto") -> list[Input]:
    from tariffscope.pipeline import KINDS, discover
    from tariffscope.source import display_path, file_sha256

    return [Input(kind, KINDS[kind], display_path(p), file_sha256(p), fmt) for p in discover(kind, paths) if p.is_file()]


def run_inputs(root: Path) -> list[Input]:
    """Everything `tariffscope run` reads: the reference tables, then the files under root/{trade,tariffs,articles}."""
    from tariffscope.pipeline import reference_sources

    inputs = [Input("reference", s.table, s.source_file, s.sha256) for s in reference_sources()]
    for kind in RUN_KINDS:
        inputs += file_inputs(kind, [root / kind])
    return inputs


def up_to_date(warehouse: Path, inputs: list[Input]) -> bool:
    """True when there is at least one input and every one was loaded before exactly as it is now."""
    from tariffscope import warehouse as wh

    if not inputs or not wh.Warehouse.of(warehouse).exists():
        return False
    with wh.reading(warehouse) as con:
        return all(wh.loaded_before(con, i.source_file, i.sha256, i.table, None if i.fmt == "auto" else i.fmt)
                   for i in inputs)


def refresh_views_if_stale(warehouse: Path) -> bool:
    """A no-op run still brings the schema and views up to the installed sql/ (e.g. after an upgrade): when a
    schema or model file is newer than the warehouse file, open it for writing once (applies both). Returns
    True when it did."""
    from tariffscope import warehouse as wh

    target = wh.Warehouse.of(warehouse)
    if target.is_lake:  # no file time to compare: opening it checks the schema version and each view's hash
        wh.initialize(target)
        return True
    built = Path(warehouse).stat().st_mtime
    if all(p.stat().st_mtime <= built for p in [*SQL_SCHEMA_DIR.glob("*.sql"), *SQL_MODELS_DIR.glob("*.sql")]):
        return False
    wh.initialize(target)
    return True
