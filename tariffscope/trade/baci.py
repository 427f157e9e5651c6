"""CEPII BACI (t, i, j, k, v, q): one CSV per year, tens of millions of rows, read natively by polars.

Rules (one function each, tested in tests/trade/test_baci.py):
- exporter i -> an export flow reported by i: reporter_iso3 = i, partner_iso3 = j, flow 'export';
- i and j are BACI country codes resolved through the country_codes_V*.csv published with the data
  (country_code, country_name, country_iso2, country_iso3): the file given as `country_codes=`, else the
  newest country_codes_V*.csv beside the data file, else the reference Comtrade code list (BACI codes are
  Comtrade's: 842 USA, 251 FRA, 699 IND), said in `notes`; an unknown code becomes '?<code>' (quarantined);
- v is in thousands of US dollars: value_usd = v * 1000;
- k is HS6 text zero-padded to 6 digits (spreadsheets drop the leading zero: 10121 -> '010121');
- q is metric tons: quantity = q, quantity_unit 't'; a blank q is null (and its unit null), never 0.

Speed: the file is parsed once with an explicit schema (k as text, t/i/j integers, v/q floats); country codes
are mapped by gathering from a 1,000-entry code -> ISO3 table, not a per-row Python call. A file whose numbers
do not parse (padded 'NA', text in v) is re-read as text and parsed with the shared rules, so a bad value
becomes null and is quarantined instead of failing the file.

`raw` keeps the columns as read (typed, ~40 bytes a row) plus _row_number: that is what quarantine shows.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import polars as pl

from tariffscope import normalize as n
from tariffscope.reference import iso3_codes, lookup
from tariffscope.source import SourceError, SourceFrame, display_path, with_row_numbers
from tariffscope.text_io import check_last_line, is_gzip, read_bytes, read_text_csv

NAME = "baci"
SOURCE = "CEPII BACI"
COLUMNS = ["t", "i", "j", "k", "v", "q"]
SCHEMA = {"t": pl.Int32, "i": pl.Int32, "j": pl.Int32, "k": pl.Utf8, "v": pl.Float64, "q": pl.Float64}
COUNTRY_CODE_COLUMNS = ["country_code", "country_iso3"]
_CODE_TABLE_SIZE = 1000


def detect(header: list[str]) -> bool:
    return [c.strip().lower() for c in header] == COLUMNS


# --- country codes ------------------------------------------------------------------------------------------


def find_country_codes(path: Path) -> Path | None:
    """The newest country_codes_V*.csv beside the data file (BACI ships them together)."""
    candidates = sorted(Path(path).parent.glob("country_codes_V*.csv"))
    return candidates[-1] if candidates else None


def read_country_codes(path: Path) -> pl.DataFrame:
    """BACI country_codes file -> (code Int32, iso3 Utf8). An iso3 that is not ISO 3166 ('N/A', 'S19') is left
    unmapped, so its rows show '?<code>'."""
    path = Path(path)
    if not path.is_file():
        raise SourceError(f"{path}: no such file (BACI country codes, expected columns {', '.join(COUNTRY_CODE_COLUMNS)})")
    frame, _ = read_text_csv(path)
    missing = [c for c in COUNTRY_CODE_COLUMNS if c not in frame.columns]
    if missing:
        raise SourceError(
            f"{path}: line 1 (header): missing column(s) {', '.join(missing)} for BACI country codes; "
            f"expected country_code, country_name, country_iso2, country_iso3; found {', '.join(frame.columns)}"
        )
    known = list(iso3_codes())
    return (
        frame.select(
            n.parse_int("country_code").cast(pl.Int32, strict=False).alias("code"),
            n.iso3("country_iso3").alias("iso3"),
        )
        .drop_nulls("code")
        .filter(pl.col("iso3").is_in(known))
        .unique("code", keep="first")
    )


def reference_country_codes() -> pl.DataFrame:
    """Fallback when no country_codes file is available: Comtrade's code list (BACI is built from Comtrade)."""
    mapping = lookup("comtrade_code")
    return pl.DataFrame(
        {"code": [int(c) for c in mapping if c.isdigit()], "iso3": [v for c, v in mapping.items() if c.isdigit()]},
        schema={"code": pl.Int32, "iso3": pl.Utf8},
    )


def code_table(countries: pl.DataFrame) -> pl.Series:
    """Code 0..999 -> ISO3, or '?<code>' for a code the country file does not know."""
    table = [f"?{code}" for code in range(_CODE_TABLE_SIZE)]
    for code, iso in zip(countries["code"].to_list(), countries["iso3"].to_list()):
        if 0 <= code < _CODE_TABLE_SIZE:
            table[code] = iso
    return pl.Series("iso3", table, dtype=pl.Utf8)


def country_iso3(column: str, table: pl.Series) -> pl.Expr:
    """Vectorized code -> ISO3: gather from the code table; out-of-range or null codes -> '?<code>' / null."""
    code = pl.col(column)
    in_range = code.is_between(0, _CODE_TABLE_SIZE - 1)
    return pl.lit(table).gather(pl.when(in_range).then(code).otherwise(None))


def _fix_out_of_range(frame: pl.DataFrame, raw: pl.DataFrame, target: str, column: str) -> pl.DataFrame:
    """Rare: codes outside 0..999 (or non-integers in a text re-read) -> '?<code>' so validation sees them."""
    if frame[target].null_count() == 0:
        return frame
    text = raw[column].cast(pl.Utf8).str.strip_chars().fill_null("")
    return frame.with_columns(
        pl.when(pl.col(target).is_null()).then(pl.lit("?") + text).otherwise(pl.col(target)).alias(target)
    )


# --- rules --------------------------------------------------------------------------------------------------


def hs6_code(column: str) -> pl.Expr:
    """k as text zero-padded to 6 digits; a spreadsheet's '10121' or '10121.0' becomes '010121'."""
    return pl.col(column).cast(pl.Utf8).str.strip_chars().str.replace(r"\.0$", "").str.zfill(6)


def value_usd(column: str = "v") -> pl.Expr:
    """BACI v is in thousands of US dollars."""
    return (pl.col(column) * 1000.0).alias("value_usd")


def quantity_tons(column: str = "q") -> tuple[pl.Expr, pl.Expr]:
    """(quantity, quantity_unit): q in metric tons; a blank q stays null with a null unit."""
    q = pl.col(column).cast(pl.Float64)
    return q.alias("quantity"), pl.when(q.is_not_null()).then(pl.lit("t")).alias("quantity_unit")


# --- read / normalize (separate so the benchmark can time them) ---------------------------------------------


def read_baci_raw(path: Path) -> pl.DataFrame:
    """The file as read: t/i/j Int32, k text, v/q Float64 (blank -> null), + _row_number. Falls back to all-text
    (parsed by the shared rules in normalize_baci) when a value does not parse as its type."""
    path = Path(path)
    data = read_bytes(path) if is_gzip(path) else None
    check_last_line(path, expected_fields=len(COLUMNS), data=data)
    source = io.BytesIO(data) if data is not None else path
    header = pl.read_csv(source, n_rows=0, infer_schema=False).columns
    if [c.strip().lower() for c in header] != COLUMNS:
        missing = [c for c in COLUMNS if c not in [h.strip().lower() for h in header]]
        raise SourceError(
            f"{path}: line 1 (header): {'missing column(s) ' + ', '.join(missing) if missing else 'unexpected columns'} "
            f"for CEPII BACI data; expected {', '.join(COLUMNS)}; found {', '.join(header) or 'no columns'}"
        )
    try:
        if data is not None:
            source.seek(0)
        frame = pl.read_csv(source, schema=SCHEMA, null_values=[""], has_header=True, new_columns=COLUMNS)
    except pl.exceptions.ComputeError:
        frame, _ = read_text_csv(path)
        frame.columns = COLUMNS
    return with_row_numbers(frame)


def normalize_baci(raw: pl.DataFrame, countries: pl.DataFrame | None = None, source_file: str = "",
                   source_ref: str = SOURCE, notes: str | None = None) -> pl.DataFrame:
    """Raw BACI rows -> canonical trade_flow frame (export flows reported by the exporter i)."""
    if countries is None:
        countries = reference_country_codes()
    original = raw
    if raw.schema["t"] == pl.Utf8:  # the text re-read: parse with the shared rules, bad values -> null
        raw = raw.with_columns(
            pl.when(pl.col("q").str.strip_chars().str.to_uppercase() == "NA").then(None).otherwise(pl.col("q")).alias("q")
        ).with_columns(
            n.parse_int("t").cast(pl.Int32, strict=False).alias("t"),
            n.parse_int("i").cast(pl.Int32, strict=False).alias("i"),
            n.parse_int("j").cast(pl.Int32, strict=False).alias("j"),
            n.parse_number("v").alias("v"),
            n.parse_number("q").alias("q"),
        )
    table = code_table(countries)
    qty, unit = quantity_tons("q")
    # k as published is already 6 characters: keep the column as is (no copy); pad only when needed
    lengths = raw.select(pl.col("k").str.len_bytes().min().alias("lo"), pl.col("k").str.len_bytes().max().alias("hi"))
    hs = pl.col("k") if lengths.row(0) == (6, 6) and raw["k"].null_count() == 0 else hs6_code("k")
    frame = raw.select(
        pl.lit(SOURCE).alias("source"),
        country_iso3("i", table).alias("reporter_iso3"),
        country_iso3("j", table).alias("partner_iso3"),
        pl.col("t").cast(pl.Int16, strict=False).alias("year"),
        pl.lit(None, dtype=pl.Int16).alias("month"),
        pl.lit("export").alias("flow"),
        hs.alias("hs_code"),
        pl.lit(6, dtype=pl.Int16).alias("hs_level"),
        value_usd("v"),
        qty,
        unit,
        pl.lit(source_ref).alias("source_ref"),
        pl.lit(notes, dtype=pl.Utf8).alias("notes"),
        pl.lit(source_file).alias("source_file"),
        pl.col("_row_number"),
    )
    frame = _fix_out_of_range(frame, original, "reporter_iso3", "i")
    return _fix_out_of_range(frame, original, "partner_iso3", "j")


def describe(path: Path) -> str:
    """source_ref from the published file name: BACI_HS22_Y2023_V202501.csv -> 'CEPII BACI HS22 V202501'."""
    match = re.match(r"BACI_(HS\d+)_Y\d{4}_(V\d+\w*)", Path(path).name, re.IGNORECASE)
    return f"{SOURCE} {match.group(1).upper()} {match.group(2)}" if match else f"{SOURCE} {Path(path).name}"


def resolve_countries(path: Path, country_codes: str | Path | None) -> tuple[pl.DataFrame, str | None]:
    """(code -> ISO3 frame, a note when the reference list stood in for the BACI country file)."""
    chosen = Path(country_codes) if country_codes else find_country_codes(path)
    if chosen is None:
        return reference_country_codes(), "country codes resolved with the Comtrade code list (no country_codes_V*.csv beside the file)"
    return read_country_codes(chosen), None


def read_baci(path: Path, country_codes: str | Path | None = None) -> SourceFrame:
    path = Path(path)
    countries, note = resolve_countries(path, country_codes)
    raw = read_baci_raw(path)
    name = display_path(path)
    frame = normalize_baci(raw, countries, source_file=name, source_ref=describe(path), notes=note)
    return SourceFrame(
        table="trade_flow", source_file=name, source_format=NAME, frame=frame, raw=raw, rows_in=raw.height,
    )
