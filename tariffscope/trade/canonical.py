"""tariffscope's own canonical trade CSV/Parquet (the bundled data/trade/*.csv columns)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from tariffscope import normalize as n
from tariffscope.source import SourceError, SourceFrame, display_path, require_columns, with_row_numbers
from tariffscope.text_io import read_text_csv

NAME = "canonical"
REQUIRED = ["reporter_iso3", "partner_iso3", "year", "flow", "value_usd", "source"]
OPTIONAL = ["hs_code", "month", "quantity", "quantity_unit", "source_url_or_path", "source_ref", "notes"]


def detect(header: list[str]) -> bool:
    return set(REQUIRED) <= set(header)


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
