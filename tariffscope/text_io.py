"""Bytes and text of input files, in one place: gzip, encodings, separators, truncated last lines.

Every reader (canonical CSV, Comtrade, BACI, Census) opens its file through these, so a .gz file, a
Windows-1252 export or a download cut off mid-row is handled the same way whatever the format.
"""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import polars as pl

from tariffscope.source import SourceError


def is_gzip(path: Path) -> bool:
    return Path(path).suffix.lower() == ".gz"


def read_bytes(path: Path) -> bytes:
    """The whole file, decompressed when it is .gz; a broken archive is a SourceError naming the file."""
    path = Path(path)
    if not is_gzip(path):
        return path.read_bytes()
    try:
        with gzip.open(path, "rb") as handle:
            return handle.read()
    except (OSError, EOFError) as exc:
        raise SourceError(f"{path}: cannot decompress: {exc}; expected a complete gzip file") from exc


def decode_text(data: bytes, first: str = "utf-8-sig") -> tuple[str, str]:
    """Text and the encoding that read it: `first` (UTF-8 by default), else Windows-1252, else Latin-1
    (which reads any byte: older Comtrade and spreadsheet exports)."""
    for encoding in dict.fromkeys((first, "utf-8-sig", "cp1252")):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


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
    data = read_bytes(path) if is_gzip(path) else None
    check_last_line(path, data=data)
    source = io.BytesIO(data) if data is not None else path
    try:
        return pl.read_csv(source, infer_schema=False, encoding="utf8", separator=separator), "utf-8"
    except pl.exceptions.ComputeError as exc:
        if "utf-8" not in str(exc).lower() and "utf8" not in str(exc).lower():
            raise
    text, encoding = decode_text(path.read_bytes() if data is None else data, first="cp1252")
    return pl.read_csv(io.BytesIO(text.encode("utf-8")), infer_schema=False, separator=separator), encoding
