"""The code version of each reader, recorded with every load so that "unchanged" means same file content,
same kind, same format and same reader code (a reader fix reloads the files it reads)."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from tariffscope import __version__

PACKAGE = Path(__file__).resolve().parent
# main table -> the modules (files or folders under tariffscope/) that read and normalize its sources
READER_CODE = {
    "trade_flow": ("trade", "normalize.py", "source.py"),
    "tariff_measure": ("tariffs.py", "normalize.py", "source.py"),
    "article": ("articles", "source.py", "pipeline.py"),
    "reference": ("reference.py",),
}
DIMENSIONS = ("country", "hs_chapter", "fx_rate", "product_scope_hs")


@functools.cache
def reader_version(table: str) -> str:
    """'0.1.0+<12 hex digits of the reader code's sha256>' for the table's reader."""
    key = "reference" if table in DIMENSIONS else "article" if table.startswith("article") else table
    parts = READER_CODE.get(key, ())
    digest = hashlib.sha256()
    for part in parts:
        target = PACKAGE / part
        for path in sorted(target.rglob("*.py")) if target.is_dir() else [target]:
            if path.is_file():
                digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"
