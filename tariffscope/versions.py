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


# what a reader's output depends on: its code and the learned decisions it ships (articles/*_model.json)
READER_SUFFIXES = (".py", ".json")


def reader_files(table: str) -> list[Path]:
    """The files whose content makes up the table's reader version (code and shipped model weights)."""
    key = "reference" if table in DIMENSIONS else "article" if table.startswith("article") else table
    files = []
    for part in READER_CODE.get(key, ()):
        target = PACKAGE / part
        found = sorted(p for p in target.rglob("*") if p.suffix in READER_SUFFIXES) if target.is_dir() else [target]
        files += [path for path in found if path.is_file()]
    return files


@functools.cache
def reader_version(table: str) -> str:
    """'0.1.0+<12 hex digits of the reader files' sha256>' for the table's reader."""
    digest = hashlib.sha256()
    for path in reader_files(table):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"
