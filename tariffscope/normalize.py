"""Normalization rules as polars expressions: one small function per rule, shared by every reader."""

from __future__ import annotations

import polars as pl

from tariffscope.reference import lookup

_HS_LEVEL_BY_LENGTH = {2: 2, 4: 4, 6: 6}


def parse_number(column: str) -> pl.Expr:
    """Text to Float64: thousands separators and blanks tolerated; anything else becomes null (caught by validation)."""
    text = pl.col(column).cast(pl.Utf8).str.strip_chars().str.replace_all(",", "")
    return pl.when(text == "").then(None).otherwise(text).cast(pl.Float64, strict=False)


def parse_int(column: str) -> pl.Expr:
    return parse_number(column).cast(pl.Int64, strict=False)


def hs_code(column: str, width: int | None = None) -> pl.Expr:
    """HS code as text; TOTAL/blank/'AG0' stay TOTAL; numbers lose no leading zero (pad to `width`, or to even length)."""
    text = pl.col(column).cast(pl.Utf8).str.strip_chars().str.replace(r"\.0$", "")
    is_total = text.is_null() | text.str.to_uppercase().is_in(["", "TOTAL", "AG0", "ALL"])
    if width is not None:
        padded = text.str.zfill(width)
    else:
        padded = pl.when(text.str.len_chars() % 2 == 1).then(text.str.zfill(text.str.len_chars() + 1)).otherwise(text)
    return pl.when(is_total).then(pl.lit("TOTAL")).otherwise(padded)


def hs_level(code_column: str = "hs_code") -> pl.Expr:
    """0 for TOTAL, else the number of digits (2/4/6); anything else is left for validation to reject."""
    code = pl.col(code_column)
    return (
        pl.when(code == "TOTAL").then(0).otherwise(code.str.len_chars()).cast(pl.Int16)
    )


def iso3(column: str) -> pl.Expr:
    """Upper-cased, trimmed ISO3 text (unknown codes stay as they are; the suite rejects them)."""
    return pl.col(column).cast(pl.Utf8).str.strip_chars().str.to_uppercase()


def code_to_iso3(column: str, code_system: str) -> pl.Expr:
    """Map a publisher's country code (iso_numeric, comtrade_code, census_code) to ISO3; unknown -> the code itself,
    prefixed with '?' so the row is quarantined with its original value visible."""
    text = pl.col(column).cast(pl.Utf8).str.strip_chars().str.replace(r"\.0$", "")
    if code_system == "iso_numeric":
        text = text.str.zfill(3)
    mapped = text.replace_strict(lookup(code_system), default=None)
    return pl.coalesce(mapped, pl.lit("?") + text)


def flow(column: str, mapping: dict[str, str] | None = None) -> pl.Expr:
    """Publisher flow labels to export/import/re_export/re_import (lower-case; spaces/hyphens to '_')."""
    text = pl.col(column).cast(pl.Utf8).str.strip_chars().str.to_lowercase().str.replace_all(r"[\s\-]+", "_")
    return text.replace(mapping) if mapping else text
