"""What every reader hands to validation and load: one source file as a normalized polars frame."""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

ROW_NUMBER = "_row_number"  # 1-based data row of the source file (header excluded)


class SourceError(Exception):
    """A file that cannot be read as the format it claims. One line: file, line/column, what was expected."""


@dataclass
class SourceFrame:
    table: str                      # warehouse table the rows load into
    source_file: str                # as given by the user (resolved path)
    source_format: str              # canonical | comtrade | baci | census | tariffs | article ...
    frame: pl.DataFrame             # normalized rows, table columns + ROW_NUMBER
    raw: pl.DataFrame | None = None # the rows as read (text), + ROW_NUMBER, to quarantine them verbatim
    rows_in: int = 0                # data rows in the file
    rows_filtered: int = 0          # rows dropped on purpose (e.g. Comtrade breakdowns), not errors
    filter_reasons: dict[str, int] = field(default_factory=dict)
    sha256: str = ""
    extra_tables: dict[str, pl.DataFrame] = field(default_factory=dict)  # e.g. an article's fact tables


_KNOWN: contextvars.ContextVar[dict] = contextvars.ContextVar("tariffscope_known_digests", default={})


def _identity(path: Path) -> tuple:
    stat = os.stat(path)
    return str(path), stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns


def file_sha256(path: Path, chunk: int = 1 << 20) -> str:
    """sha256 of the file's bytes; inside `hashed_once` for this file, unchanged since, the digest already taken."""
    path = Path(path).resolve()
    known = _KNOWN.get()
    if known and (digest := known.get(_identity(path))):
        return digest
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


@contextlib.contextmanager
def hashed_once(path: Path, known: str | None = None) -> Iterator[str]:
    """The file's sha256; within the block (this thread) the reader's file_sha256 of the same file returns it
    without reading the file again, as long as its inode, size, mtime and ctime are unchanged. The
    skip-unchanged check and the audit record need the same digest: one read of the file instead of two.
    `known`: the digest the caller computed already (the inbox hashes each file once, before the check)."""
    path = Path(path).resolve()
    before = _identity(path)
    digest = known or file_sha256(path)
    token = _KNOWN.set({**_KNOWN.get(), before: digest} if _identity(path) == before else _KNOWN.get())
    try:
        yield digest
    finally:
        _KNOWN.reset(token)


def display_path(path: Path) -> str:
    """How a source file is named in the warehouse: relative to the project (or the installed bundle) when inside it (so a clone
    elsewhere recognizes its bundled files as already loaded), else absolute."""
    from tariffscope.settings import RESOURCE_ROOT

    path = Path(path).resolve()
    try:
        return str(path.relative_to(RESOURCE_ROOT))
    except ValueError:
        return str(path)


def with_row_numbers(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.with_row_index(ROW_NUMBER, offset=1).with_columns(pl.col(ROW_NUMBER).cast(pl.Int64))


def require_columns(frame: pl.DataFrame, expected: list[str], path: Path, what: str) -> None:
    missing = [c for c in expected if c not in frame.columns]
    if missing:
        raise SourceError(
            f"{path}: line 1 (header): missing column(s) {', '.join(missing)} for {what}; "
            f"expected {', '.join(expected)}; found {', '.join(frame.columns) or 'no columns'}"
        )
