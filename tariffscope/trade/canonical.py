"""tariffscope's own canonical trade CSV/Parquet (the bundled data/trade/*.csv columns)."""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import polars as pl

from tariffscope import normalize as n
from tariffscope.source import SourceError, SourceFrame, display_path, require_columns, with_row_numbers

NAME = "canonical"
REQUIRED = ["reporter_iso3", "partner_iso3", "year", "flow", "value_usd", "source"]
OPTIONAL = ["hs_code", "month", "quantity", "quantity_unit", "source_url_or_path", "source_ref", "notes"]


def detect(header: list[str]) -> bool:
    return set(REQUIRED) <= set(header)


def is_gzip(path: Path) -> bool:
    return Path(path).suffix.lower() == ".gz"


def read_head(path: Path, size: int = 65536) -> str:
    """The first characters of a (possibly gzip-compressed) text file, for header sniffing."""
    opener = gzip.open if is_gzip(path) else open
    try:
        with opener(path, "rb") as handle:
            head = handle.read(size)
    except (OSError, EOFError) as exc:
        raise SourceError(f"{path}: cannot open: {getattr(exc, 'strerror', None) or exc}") from exc
    return head.decode("utf-8-sig", errors="replace")


def sniff_separator(header_line: str) -> str:
    """',' unless the header has more tabs (Comtrade+ bulk .txt files) or semicolons (European spreadsheets)."""
    counts = {sep: header_line.count(sep) for sep in (",", "\t", ";")}
    return max(counts, key=lambda sep: (counts[sep], sep == ","))


def check_last_line(path: Path, expected_fields: int | None = None, data: bytes | None = None) -> None:
    """A file cut off mid-row (no final newline and fewer fields than the header) is an incomplete download:
    refuse it with the line number rather than load a partial year that looks complete.
    `data` is the decompressed content when the file is compressed; otherwise only the tail is read."""
    if data is None:
        with open(path, "rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - 65536))
            tail = handle.read()
    else:
        size, tail = len(data), data[-65536:]
    if size == 0:
        raise SourceError(f"{path}: line 1: empty file, expected a header row")
    if tail.endswith(b"\n"):
        return
    header = read_head(path).splitlines()[0] if data is None else data[:65536].decode("utf-8-sig", "replace").splitlines()[0]
    separator = sniff_separator(header)
    if expected_fields is None:
        expected_fields = _count_fields(header, separator)
    found = _count_fields(tail.rsplit(b"\n", 1)[-1].decode("latin-1"), separator)
    if found < expected_fields:
        if data is None:
            with open(path, "rb") as handle:
                line_no = sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b"")) + 1
        else:
            line_no = data.count(b"\n") + 1
        raise SourceError(
            f"{path}: line {line_no}: truncated last line ({found} of {expected_fields} fields, no final newline); "
            f"the file looks incomplete, expected complete rows - download or export it again"
        )


def _count_fields(line: str, separator: str = ",") -> int:
    return len(next(csv.reader([line.rstrip("\r\n")], delimiter=separator), [])) if line.strip() else 0


def read_text_csv(path: Path) -> tuple[pl.DataFrame, str]:
    """Every column of a CSV (or tab/semicolon-separated text, optionally .gz) as text, decoded as UTF-8 or,
    failing that, Windows-1252/Latin-1 (older Comtrade and spreadsheet exports); returns (frame, encoding)."""
    head = read_head(path)
    separator = sniff_separator(head.splitlines()[0] if head.strip() else "")
    data = None
    if is_gzip(path):
        try:
            with gzip.open(path, "rb") as handle:
                data = handle.read()
        except (OSError, EOFError) as exc:
            raise SourceError(f"{path}: cannot decompress: {exc}; expected a complete gzip file") from exc
    check_last_line(path, data=data)
    source = io.BytesIO(data) if data is not None else path
    try:
        return pl.read_csv(source, infer_schema=False, encoding="utf8", separator=separator), "utf-8"
    except pl.exceptions.ComputeError as exc:
        if "utf-8" not in str(exc).lower() and "utf8" not in str(exc).lower():
            raise
    if data is None:
        data = path.read_bytes()
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    return pl.read_csv(io.BytesIO(text.encode("utf-8")), infer_schema=False, separator=separator), encoding


def read_raw(path: Path) -> pl.DataFrame:
    """Every column as text: leading zeros survive and a bad value is quarantined, not a crash."""
    if path.suffix.lower() == ".parquet":
        return pl.read_parquet(path).cast(pl.Utf8)
    return read_text_csv(path)[0]


def normalize(raw: pl.DataFrame, source_file: str) -> pl.DataFrame:
    def optional(name: str) -> pl.Expr:
        return pl.col(name) if name in raw.columns else pl.lit(None, dtype=pl.Utf8)

    ref = "source_url_or_path" if "source_url_or_path" in raw.columns else "source_ref"
    return raw.select(
        pl.col("source").str.strip_chars(),
        n.iso3("reporter_iso3").alias("reporter_iso3"),
        n.iso3("partner_iso3").alias("partner_iso3"),
        n.parse_int("year").cast(pl.Int16, strict=False).alias("year"),
        n.parse_int("month").cast(pl.Int16, strict=False).alias("month") if "month" in raw.columns else pl.lit(None, pl.Int16).alias("month"),
        n.flow("flow").alias("flow"),
        (n.hs_code("hs_code") if "hs_code" in raw.columns else pl.lit("TOTAL")).alias("hs_code"),
        n.parse_number("value_usd").alias("value_usd"),
        (n.parse_number("quantity") if "quantity" in raw.columns else pl.lit(None, pl.Float64)).alias("quantity"),
        optional("quantity_unit").alias("quantity_unit"),
        optional(ref).alias("source_ref"),
        optional("notes").alias("notes"),
        pl.lit(source_file).alias("source_file"),
        pl.col("_row_number"),
    ).with_columns(n.hs_level("hs_code").alias("hs_level"))


def read_canonical(path: Path) -> SourceFrame:
    raw = with_row_numbers(read_raw(path))
    require_columns(raw, REQUIRED, path, "canonical trade data")
    name = display_path(path)
    return SourceFrame(
        table="trade_flow", source_file=name, source_format=NAME,
        frame=normalize(raw, name), raw=raw, rows_in=raw.height,
    )
