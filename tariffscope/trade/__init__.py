"""Trade data readers: one module per real public format, each mapping onto the canonical trade_flow frame.

`read_trade(path, fmt="auto")` detects the format from the header and returns a SourceFrame.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from tariffscope.source import SourceError, SourceFrame, file_sha256
from tariffscope.trade import canonical

# name -> module with detect(header) and a reader; order matters for auto-detection (most specific first)
READERS = {canonical.NAME: (canonical.detect, canonical.read_canonical)}

TRADE_FLOW_COLUMNS = [
    "source", "reporter_iso3", "partner_iso3", "year", "month", "flow", "hs_code", "hs_level",
    "value_usd", "quantity", "quantity_unit", "source_ref", "notes", "source_file",
]


def read_header(path: Path) -> list[str]:
    if path.suffix.lower() == ".parquet":
        return list(pl.read_parquet_schema(path).keys())
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as handle:
            first = handle.readline()
    except OSError as exc:
        raise SourceError(f"{path}: cannot open: {exc.strerror}") from exc
    if not first.strip():
        raise SourceError(f"{path}: line 1: empty file, expected a header row")
    return [c.strip().strip('"') for c in first.rstrip("\r\n").split(",")]


def detect_format(path: Path) -> str:
    header = read_header(path)
    for name, (detect, _) in READERS.items():
        if detect(header):
            return name
    raise SourceError(
        f"{path}: line 1 (header): no known trade format matches columns {', '.join(header[:12])}; "
        f"expected one of: {', '.join(READERS)} (see `tariffscope ingest trade --help`)"
    )


def read_trade(path: str | Path, fmt: str = "auto", **options) -> SourceFrame:
    path = Path(path).resolve()
    if not path.is_file():
        raise SourceError(f"{path}: no such file")
    name = detect_format(path) if fmt == "auto" else fmt
    if name not in READERS:
        raise SourceError(f"{path}: unknown format {name!r}; expected auto or one of {', '.join(READERS)}")
    try:
        source = READERS[name][1](path, **options)
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError, UnicodeDecodeError) as exc:
        raise SourceError(f"{path}: cannot read as {name}: {str(exc).splitlines()[0]}") from exc
    source.sha256 = file_sha256(path)
    source.frame = source.frame.select(*TRADE_FLOW_COLUMNS, "_row_number")
    return source
