"""Dimension tables built from maintained sources: pycountry (ISO 3166) plus the publishers' own code lists.
Each frame ends in its table's DDL columns and types (tariffscope.columns.conform)."""

from __future__ import annotations

from functools import cache

import polars as pl
import pycountry

from tariffscope.columns import conform
from tariffscope.settings import REFERENCE_DIR, WORLD

# The European Union as one party (it sets tariffs and reports trade as a bloc): ISO 3166-1 reserves
# "EU" (alpha-2) and this project uses the alpha-3 "EUU" (as the World Bank does) for it.
EUROPEAN_UNION = "EUU"


def _read_reference(name: str, **kwargs) -> pl.DataFrame:
    return pl.read_csv(REFERENCE_DIR / name, comment_prefix="#", infer_schema=False, **kwargs)


@cache
def country_frame() -> pl.DataFrame:
    """One row per ISO 3166-1 country (pycountry) plus WLD and EUU, with Comtrade and Census codes."""
    iso = pl.DataFrame(
        {
            "iso3": [c.alpha_3 for c in pycountry.countries] + [WORLD, EUROPEAN_UNION],
            "iso_numeric": [c.numeric for c in pycountry.countries] + [None, None],
            "name": [getattr(c, "common_name", c.name) for c in pycountry.countries] + ["World", "European Union"],
        }
    )
    comtrade = _read_reference("comtrade_country_codes.csv").select("iso3", "comtrade_code")
    census = _read_reference("census_country_codes.csv")
    return (
        iso.join(comtrade, on="iso3", how="left")
        .join(census, on="iso3", how="left")
        .with_columns(pl.coalesce("comtrade_code", pl.col("iso_numeric").str.strip_chars_start("0").replace("", "0")))
        .pipe(conform, "country")
        .sort("iso3")
    )


@cache
def hs_chapter_frame() -> pl.DataFrame:
    return conform(_read_reference("hs_chapters.csv"), "hs_chapter")


@cache
def iso3_codes() -> frozenset[str]:
    return frozenset(country_frame()["iso3"].to_list())


@cache
def lookup(column: str) -> dict[str, str]:
    """code in `column` (iso_numeric, comtrade_code, census_code, name) -> ISO3."""
    frame = country_frame().drop_nulls(column)
    return dict(zip(frame[column].to_list(), frame["iso3"].to_list()))


@cache
def fx_rate_frame() -> pl.DataFrame:
    return conform(_read_reference("fx_annual.csv"), "fx_rate")


@cache
def product_scope_frame() -> pl.DataFrame:
    return conform(_read_reference("product_scope_hs.csv").with_columns(pl.col("hs_chapters").str.split(";")),
                   "product_scope_hs")


@cache
def source_preference_frame() -> pl.DataFrame:
    """The one trade-source preference per reporter that every view picking a source reads (trade_source_rank)."""
    return conform(_read_reference("source_preference.csv"), "source_preference")
