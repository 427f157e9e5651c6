"""Tariff measures CSV (the bundled data/tariffs/*.csv columns) -> tariff_measure frame.

Each measure also gets the HS chapters it covers, derived in order from: explicit chapters in
hs_codes ("ch. 72, 73, 76", "ch. 72-73"), 4-digit HS headings in hs_codes ("8703", "4403"; Chapter 99
'9903.xx' lines are legal provisions, not products), keywords of product_scope
(data/reference/product_scope_hs.csv). A measure on "all products" covers every chapter.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path

import polars as pl

from tariffscope import normalize as n
from tariffscope.settings import REFERENCE_DIR
from tariffscope.source import SourceError, SourceFrame, display_path, file_sha256, require_columns, with_row_numbers

NAME = "tariffs"
REQUIRED = [
    "imposing_iso3", "target_iso3", "product_scope", "hs_codes", "rate_pct", "measure_name",
    "legal_authority", "announced_date", "effective_date", "end_date", "usmca_exempt", "source", "source_url",
]
# "All products of Canada ...", "Products of Mexico NOT qualifying for USMCA", IEEPA orders: no product limit
ALL_PRODUCTS = r"(?i)^(all products|all goods|products of|additional tariff|ieepa)"
CHAPTER_LIST = re.compile(r"\bch(?:apters?|s?\.)\s*([\d,\s\-–and]+)", re.I)
HEADING = re.compile(r"(?<![\d.])(\d{4})(?![\d.])")


@cache
def product_keywords() -> list[tuple[re.Pattern, list[str]]]:
    table = pl.read_csv(REFERENCE_DIR / "product_scope_hs.csv", comment_prefix="#", infer_schema=False)
    return [(re.compile(p, re.I), c.split(";")) for p, c in table.select("pattern", "hs_chapters").iter_rows()]


def chapters_from_hs_codes(hs_codes: str | None) -> list[str]:
    if not hs_codes:
        return []
    chapters: list[str] = []
    for group in CHAPTER_LIST.findall(hs_codes):
        for part in re.split(r",|\band\b", group):
            bounds = [int(x) for x in re.findall(r"\d+", part)]
            if len(bounds) == 2:
                chapters += [f"{c:02d}" for c in range(bounds[0], bounds[1] + 1)]
            elif bounds:
                chapters.append(f"{bounds[0]:02d}")
    chapters += [h[:2] for h in HEADING.findall(hs_codes) if not h.startswith("99")]
    return sorted(set(chapters))


def chapters_from_product(text: str | None) -> list[str]:
    if not text:
        return []
    return sorted({c for pattern, chapters in product_keywords() if pattern.search(text) for c in chapters})


def covered_chapters(product_scope: str | None, hs_codes: str | None) -> list[str]:
    return chapters_from_hs_codes(hs_codes) or chapters_from_product(product_scope)


def measure_id(*parts: object) -> str:
    return hashlib.sha256("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


def normalize(raw: pl.DataFrame, source_file: str) -> pl.DataFrame:
    date = lambda c: pl.col(c).str.strip_chars().str.to_date("%Y-%m-%d", strict=False)  # noqa: E731
    frame = raw.select(
        n.iso3("imposing_iso3").alias("imposing_iso3"),
        pl.when(pl.col("target_iso3").str.strip_chars().is_in(["", "ALL", "*"]) | pl.col("target_iso3").is_null())
        .then(None).otherwise(n.iso3("target_iso3")).alias("target_iso3"),
        pl.col("product_scope").str.strip_chars(),
        pl.col("hs_codes").str.strip_chars(),
        n.parse_number("rate_pct").alias("rate_pct"),
        "measure_name", "legal_authority",
        date("announced_date").alias("announced_date"),
        date("effective_date").alias("effective_date"),
        date("end_date").alias("end_date"),
        pl.col("usmca_exempt").str.strip_chars().str.to_lowercase(),
        "source", "source_url",
        pl.lit(source_file).alias("source_file"),
        "_row_number",
    )
    chapters = [covered_chapters(s, h) for s, h in frame.select("product_scope", "hs_codes").iter_rows()]
    ids = [measure_id(*row) for row in frame.select(
        "imposing_iso3", "target_iso3", "product_scope", "rate_pct", "announced_date", "effective_date").iter_rows()]
    all_products = frame["product_scope"].str.contains(ALL_PRODUCTS).fill_null(False)
    return frame.with_columns(
        pl.Series("measure_id", ids),
        # an all-products measure covers the TOTAL; chapters it names are its exceptions, not its scope
        pl.Series("hs_chapters", [[] if a else c for a, c in zip(all_products, chapters)], dtype=pl.List(pl.Utf8)),
        all_products.alias("all_products"),
    )


def read_tariffs(path: str | Path) -> SourceFrame:
    path = Path(path).resolve()
    try:
        raw = pl.read_csv(path, infer_schema=False, encoding="utf8-lossy")
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError, OSError) as exc:
        raise SourceError(f"{path}: cannot read as a tariff measures CSV: {str(exc).splitlines()[0]}") from exc
    require_columns(raw, REQUIRED, path, "tariff measures")
    raw = with_row_numbers(raw)
    name = display_path(path)
    return SourceFrame(table="tariff_measure", source_file=name, source_format=NAME,
                       frame=normalize(raw, name), raw=raw, rows_in=raw.height, sha256=file_sha256(path))
