"""US Census Bureau International Trade API responses (timeseries/intltrade/imports|exports), JSON or CSV.

The API answers a JSON array of arrays whose first row is the header, every value a string:
    [["CTY_CODE","CTY_NAME","GEN_VAL_MO","YEAR","MONTH"],
     ["1220","CANADA","34461830915","2024","01"], ...]
The same table saved as CSV is read too. Imports carry GEN_VAL_MO (general imports, customs value, USD),
exports ALL_VAL_MO (total exports incl. re-exports, f.a.s., USD); optional I_COMMODITY / E_COMMODITY with
COMM_LVL give the HS code (no commodity column = TOTAL). A file holds one direction.

Rules (one function each, tested in tests/trade/test_census.py):
- reporter is always USA; CTY_CODE is a Census Schedule C code mapped through the reference list
  (1220 CAN, 2010 MEX, 5700 CHN; "-" is the world total -> WLD); an unknown code becomes '?<code>'
  (quarantined with its CTY_NAME visible). Census country *groups* (0001-0028 such as 0003 European Union,
  and nXXX such as 1XXX North America) are aggregates of countries, not partners: they are filtered and counted.
- YEAR and MONTH (or the API's `time` = YYYY-MM) give the period.
- Monthly rows are summed to one annual row (month null) only when a series - partner, commodity, flow,
  year - has exactly the twelve months 01-12, each once, each with a numeric value. Otherwise the monthly rows
  are kept as they are, with `month` set: a partial year is a real figure for the months it covers, and
  summing it would make a year-to-date total look like an annual one; keeping it monthly (rather than
  quarantining it) loses nothing and validation still rejects a bad value or a duplicated month.
  The eleven rows folded into each annual sum are counted as filtered ("monthly rows summed into an annual
  total"), so rows_in = rows in the frame + rows_filtered; the annual row keeps the _row_number of its
  first (lowest-numbered) source row and its notes name all twelve.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from tariffscope import normalize as n
from tariffscope.source import SourceError, SourceFrame, display_path, with_row_numbers
from tariffscope.text_io import decode_text, read_bytes, read_head, read_text_csv

NAME = "census"
SOURCE = "US Census Bureau International Trade API"
REPORTER = "USA"
VALUE_COLUMNS = {"GEN_VAL_MO": "import", "ALL_VAL_MO": "export"}
COMMODITY_COLUMNS = ["I_COMMODITY", "E_COMMODITY"]
ENDPOINTS = {"import": "api.census.gov/data/timeseries/intltrade/imports", "export": "api.census.gov/data/timeseries/intltrade/exports"}
SUMMED_REASON = "monthly rows summed into an annual total (all 12 months present)"
GROUP_REASON = "CTY_CODE is a Census country group (e.g. 0003 European Union, 1XXX North America), not a partner"


def detect(header: list[str]) -> bool:
    columns = {c.strip().upper() for c in header}
    return "CTY_CODE" in columns and bool(columns & set(VALUE_COLUMNS))


# --- reading ------------------------------------------------------------------------------------------------


def json_header(text: str) -> list[str] | None:
    """The header row of a Census JSON response from its first characters (for format detection)."""
    start = text.find("[", text.find("[") + 1)
    end = text.find("]", start)
    if text.lstrip()[:1] != "[" or start < 0 or end < 0:
        return None
    try:
        header = json.loads(text[start:end + 1])
    except json.JSONDecodeError:
        return None
    return [str(c) for c in header] if isinstance(header, list) else None


def read_json_rows(path: Path) -> pl.DataFrame:
    """JSON array of arrays -> all-text frame; a malformed or truncated file is a SourceError with line/column."""
    text, _ = decode_text(read_bytes(path))
    if not text.strip():
        raise SourceError(f"{path}: line 1: empty file, expected a JSON array of arrays with a header row")
    try:
        rows = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(
            f"{path}: line {exc.lineno} column {exc.colno}: invalid JSON ({exc.msg}); expected the Census API's "
            f"array of arrays - a truncated download?"
        ) from exc
    if not isinstance(rows, list) or not rows or not all(isinstance(r, list) for r in rows):
        raise SourceError(f"{path}: line 1: expected a JSON array of arrays whose first row is the header")
    header = [str(c) for c in rows[0]]
    body = rows[1:]
    for number, row in enumerate(body, start=2):
        if len(row) != len(header):
            raise SourceError(f"{path}: row {number}: {len(row)} values, expected {len(header)} ({', '.join(header)})")
    columns = {
        name: [None if row[index] is None else str(row[index]) for row in body] for index, name in enumerate(header)
    }
    return pl.DataFrame(columns, schema={name: pl.Utf8 for name in header})


def read_census_raw(path: Path) -> pl.DataFrame:
    path = Path(path)
    if read_head(path, 4096).lstrip().startswith("["):
        frame = read_json_rows(path)
    else:
        frame = read_text_csv(path)[0]
    frame.columns = [c.strip().upper() for c in frame.columns]
    return with_row_numbers(frame)


def check_columns(raw: pl.DataFrame, path: Path) -> str:
    """The value column present (GEN_VAL_MO or ALL_VAL_MO); missing CTY_CODE / period columns named."""
    values = [c for c in VALUE_COLUMNS if c in raw.columns]
    problems = []
    if "CTY_CODE" not in raw.columns:
        problems.append("missing column CTY_CODE")
    if not values:
        problems.append("missing value column GEN_VAL_MO (imports) or ALL_VAL_MO (exports)")
    elif len(values) > 1:
        problems.append("both GEN_VAL_MO and ALL_VAL_MO: one direction per file, expected one of them")
    if "TIME" not in raw.columns and not {"YEAR", "MONTH"} <= set(raw.columns):
        problems.append("missing column(s) YEAR, MONTH (or time)")
    if problems:
        found = ", ".join(c for c in raw.columns if c != "_row_number") or "no columns"
        raise SourceError(f"{path}: line 1 (header): {'; '.join(problems)} for US Census trade data; found {found}")
    return values[0]


# --- rules --------------------------------------------------------------------------------------------------


def census_partner(column: str = "CTY_CODE") -> pl.Expr:
    """Census Schedule C code -> ISO3 ('-' -> WLD); unknown -> '?<code>'."""
    return n.code_to_iso3(column, "census_code")


def is_country_group(column: str = "CTY_CODE") -> pl.Expr:
    """0001-0028 and nXXX are Census groupings of countries (EU, OECD, North America ...)."""
    code = pl.col(column).cast(pl.Utf8).str.strip_chars().str.to_uppercase()
    return code.str.contains(r"^\dXXX$") | code.str.contains(r"^00[0-2]\d$")


def census_year(raw_columns: list[str]) -> pl.Expr:
    if "YEAR" in raw_columns:
        return n.parse_int("YEAR").cast(pl.Int16, strict=False)
    return pl.col("TIME").str.slice(0, 4).cast(pl.Int16, strict=False)


def census_month(raw_columns: list[str]) -> pl.Expr:
    if "MONTH" in raw_columns:
        return n.parse_int("MONTH").cast(pl.Int16, strict=False)
    return pl.col("TIME").str.extract(r"^\d{4}-(\d{2})", 1).cast(pl.Int16, strict=False)


def commodity(raw_columns: list[str]) -> pl.Expr:
    """I_COMMODITY / E_COMMODITY as zero-padded HS text; no commodity column, blank or '-' = TOTAL."""
    for column in COMMODITY_COLUMNS:
        if column in raw_columns:
            code = pl.col(column).cast(pl.Utf8).str.strip_chars()
            return pl.when(code == "-").then(pl.lit("TOTAL")).otherwise(n.hs_code(column))
    return pl.lit("TOTAL")


def complete_year(keys: list[str]) -> pl.Expr:
    """True for rows of a series with exactly months 1..12, once each, every value numeric."""
    return (
        (pl.col("month").n_unique().over(keys) == 12)
        & (pl.len().over(keys) == 12)
        & pl.col("month").is_between(1, 12).all().over(keys)
        & pl.col("value_usd").is_not_null().all().over(keys)
    )


def sum_complete_years(monthly: pl.DataFrame, keys: list[str], value_column: str) -> tuple[pl.DataFrame, int]:
    """Complete years -> one annual row (month null, sum of values); other rows unchanged. Returns (frame, rows folded)."""
    flagged = monthly.with_columns(complete_year(keys).alias("_complete"))
    partial = flagged.filter(~pl.col("_complete")).drop("_complete").with_columns(
        (pl.lit(f"monthly {value_column}")).alias("notes")
    )
    complete = flagged.filter(pl.col("_complete")).drop("_complete")
    if complete.is_empty():
        return partial, 0
    annual = complete.group_by(keys, maintain_order=True).agg(
        pl.col("value_usd").sum(),
        pl.col("_row_number").min(),
        pl.exclude(*keys, "value_usd", "_row_number", "month", "notes").first(),
        pl.col("_row_number").sort().cast(pl.Utf8).str.join(",").alias("_rows"),
    ).with_columns(
        pl.lit(None, dtype=pl.Int16).alias("month"),
        (pl.lit(f"sum of 12 monthly {value_column} (source rows ") + pl.col("_rows") + pl.lit(")")).alias("notes"),
    ).drop("_rows")
    frame = pl.concat([partial, annual.select(partial.columns)]).sort("_row_number")
    return frame, complete.height - annual.height


# --- reader -------------------------------------------------------------------------------------------------


def read_census(path: Path) -> SourceFrame:
    path = Path(path)
    raw = read_census_raw(path)
    value_column = check_columns(raw, path)
    flow = VALUE_COLUMNS[value_column]
    name = display_path(path)
    groups = raw.filter(is_country_group()).height
    rows = raw.filter(~is_country_group())
    monthly = rows.select(
        pl.lit(SOURCE).alias("source"),
        pl.lit(REPORTER).alias("reporter_iso3"),
        census_partner().alias("partner_iso3"),
        census_year(raw.columns).alias("year"),
        census_month(raw.columns).alias("month"),
        pl.lit(flow).alias("flow"),
        commodity(raw.columns).alias("hs_code"),
        n.parse_number(value_column).alias("value_usd"),
        pl.lit(None, dtype=pl.Float64).alias("quantity"),
        pl.lit(None, dtype=pl.Utf8).alias("quantity_unit"),
        pl.lit(ENDPOINTS[flow] + ("/hs" if any(c in raw.columns for c in COMMODITY_COLUMNS) else "")).alias("source_ref"),
        pl.lit(None, dtype=pl.Utf8).alias("notes"),
        pl.lit(name).alias("source_file"),
        pl.col("_row_number"),
    ).with_columns(n.hs_level("hs_code").alias("hs_level"))
    keys = ["partner_iso3", "hs_code", "flow", "year"]
    frame, folded = sum_complete_years(monthly, keys, value_column)
    reasons = {GROUP_REASON: groups, SUMMED_REASON: folded}
    reasons = {k: v for k, v in reasons.items() if v}
    return SourceFrame(
        table="trade_flow", source_file=name, source_format=NAME, frame=frame, raw=raw,
        rows_in=raw.height, rows_filtered=sum(reasons.values()), filter_reasons=reasons,
    )
