"""Trade data readers: one module per real public format, each mapping onto the canonical trade_flow frame.

`read_trade(path, fmt="auto")` detects the format from the header and returns a SourceFrame.
"""

from __future__ import annotations

import csv
import inspect
import re
from pathlib import Path

import polars as pl

from tariffscope import text_io
from tariffscope.columns import columns
from tariffscope.source import SourceError, SourceFrame, file_sha256
from tariffscope.trade import baci, canonical, census, comtrade

# name -> (detect(header), reader(path, **options)); order matters for auto-detection (most specific first)
READERS = {
    comtrade.NAME: (comtrade.detect, comtrade.read_comtrade),
    comtrade.LEGACY_NAME: (comtrade.detect_legacy, comtrade.read_comtrade_legacy),
    baci.NAME: (baci.detect, baci.read_baci),
    census.NAME: (census.detect, census.read_census),
    canonical.NAME: (canonical.detect, canonical.read_canonical),
}

# the columns each format needs, for the "nothing matches" message and to name what a near-miss lacks
EXPECTED_COLUMNS = {
    comtrade.NAME: comtrade.REQUIRED,
    comtrade.LEGACY_NAME: comtrade.LEGACY_REQUIRED,
    baci.NAME: baci.COLUMNS,
    census.NAME: ["CTY_CODE", "GEN_VAL_MO|ALL_VAL_MO", "YEAR", "MONTH"],
    canonical.NAME: canonical.REQUIRED,
}



def __getattr__(name: str):
    """TRADE_FLOW_COLUMNS: the trade_flow columns a reader produces, from the DDL (tariffscope.columns)."""
    if name == "TRADE_FLOW_COLUMNS":
        return columns("trade_flow")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_BINARY = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def read_header(path: Path) -> list[str]:
    if path.suffix.lower() == ".parquet":
        return list(pl.read_parquet_schema(path).keys())
    head = text_io.read_head(path)
    if not head.strip():
        raise SourceError(f"{path}: line 1: empty file, expected a header row")
    if comtrade.is_json(path):  # the Comtrade+ API's JSON answer
        header = comtrade.json_columns(path)
        if header is None:
            comtrade.json_records(path)  # raises with the reason
            raise SourceError(f"{path}: line 1: JSON with no records; expected a header or at least one record")
        return header
    if head.lstrip().startswith("["):  # a JSON array of arrays (Census API)
        header = census.json_header(head)
        if header is None:
            raise SourceError(f"{path}: line 1: JSON that is not an array of arrays with a header row")
        return header
    first = head.splitlines()[0]
    if not first.strip():
        raise SourceError(f"{path}: line 1: empty header row, expected column names")
    if _BINARY.search(first):  # headers are plain text in every format we read; data rows may be Latin-1
        raise SourceError(f"{path}: line 1: binary data or text that is not UTF-8, expected a CSV header row "
                          "(or JSON, Parquet, .gz)")
    return [c.strip() for c in next(csv.reader([first], delimiter=text_io.sniff_separator(first)))]


def _expected(name: str) -> str:
    return f"{name} ({', '.join(EXPECTED_COLUMNS.get(name, []))})"


def _near_miss(header: list[str]) -> tuple[str, list[str]] | None:
    """The format whose columns the header mostly has (at least half), with the ones it lacks."""
    present = {c.strip() for c in header}
    best = None
    for name, expected in EXPECTED_COLUMNS.items():
        wanted = [c for c in expected if "|" not in c]
        hits = sum(c in present for c in wanted)
        missing = [c for c in wanted if c not in present]
        if missing and hits * 2 >= len(wanted) and (best is None or hits / len(wanted) > best[0]):
            best = (hits / len(wanted), name, missing)
    return (best[1], best[2]) if best else None


def detect_format(path: Path) -> str:
    header = read_header(path)
    for name, (detect, _) in READERS.items():
        if detect(header):
            return name
    found = ", ".join(h.strip() for h in header[:12]) + (" ..." if len(header) > 12 else "")
    near = _near_miss(header)
    if near:
        name, missing = near
        raise SourceError(
            f"{path}: line 1 (header): looks like {name} but missing column(s) {', '.join(missing)}; "
            f"expected {_expected(name)}; found {found}"
        )
    raise SourceError(
        f"{path}: line 1 (header): no known trade format matches columns {found}; expected one of: "
        + "; ".join(_expected(name) for name in READERS)
        + " (see `tariffscope ingest trade --help`)"
    )


def read_trade(path: str | Path, fmt: str = "auto", **options) -> SourceFrame:
    path = Path(path).resolve()
    if not path.is_file():
        raise SourceError(f"{path}: no such file")
    name = detect_format(path) if fmt == "auto" else fmt
    if name not in READERS:
        raise SourceError(f"{path}: unknown format {name!r}; expected auto or one of {', '.join(READERS)}")
    reader = READERS[name][1]
    options = {key: value for key, value in options.items() if value is not None}
    accepted = inspect.signature(reader).parameters
    unknown = [key for key in options if key not in accepted]
    if unknown:
        raise SourceError(f"{path}: option(s) {', '.join(unknown)} do not apply to the {name} format")
    try:
        source = reader(path, **options)
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError, UnicodeDecodeError) as exc:
        raise SourceError(f"{path}: cannot read as {name}: {str(exc).splitlines()[0]}") from exc
    source.sha256 = file_sha256(path)
    source.frame = source.frame.select(*columns("trade_flow"), "_row_number")
    return source
