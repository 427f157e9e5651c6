"""UN Comtrade: Comtrade+ v1 CSV (API `get` responses and bulk files) and the legacy Comtrade CSV export.

Rules (one function each, tested with 2-3-row frames in tests/trade/test_comtrade.py):
- value_usd is primaryValue (Comtrade+) or "Trade Value (US$)" (legacy), already in US dollars;
- flowCode M/X/RM/RX (legacy Trade Flow Code 1/2/3/4) -> import/export/re_import/re_export; Comtrade+'s
  sub-flows (DX domestic exports, FM foreign imports, inward/outward processing ...) are components of X/M and
  are filtered, counted in filter_reasons; any other code is kept as text and rejected by validation;
- reporter and partner codes are Comtrade's own (842 USA, 251 FRA, 699 IND ...), resolved through the
  reference Comtrade code list; 0 / "World" -> WLD; an unknown code becomes '?<code>' (quarantined);
- only totals are kept: rows with customsCode != C00, motCode != 0 or partner2Code != 0 are breakdowns of a
  total in the same file, so they are filtered and counted per reason (rows_in = kept + filtered);
- refMonth is the month when freqCode is M (annual rows carry refMonth 52 in Comtrade+); legacy Period YYYYMM;
- cmdCode is HS text (TOTAL or 2/4/6 digits, zero-padded); a code of another classification (SITC, BEC)
  becomes '?S4:0011' so validation quarantines it rather than load it as an HS heading;
- qty/qtyUnitAbbr become quantity/quantity_unit, except Comtrade's "no quantity" unit (code -1 / N/A, legacy
  code 1 "No Quantity"), which gives null, not 0;
- text that is not UTF-8 (Latin-1 descriptions in older exports) is decoded as Windows-1252/Latin-1;
- besides CSV (comma, or tab-separated bulk .txt, optionally .gz), the API's own JSON answer
  ({"count": n, "data": [{...}, ...]}) is read the same way, every value as text.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from tariffscope import normalize as n
from tariffscope.source import SourceError, SourceFrame, display_path, require_columns, with_row_numbers
from tariffscope.text_io import decode_text, read_bytes, read_head, read_text_csv

NAME = "comtrade"
LEGACY_NAME = "comtrade-legacy"
SOURCE = "UN Comtrade"

REQUIRED = ["refYear", "reporterCode", "flowCode", "partnerCode", "cmdCode", "primaryValue"]
LEGACY_REQUIRED = [
    "Year", "Trade Flow Code", "Reporter Code", "Partner Code", "Commodity Code", "Trade Value (US$)",
]

FLOW_CODES = {"M": "import", "X": "export", "RM": "re_import", "RX": "re_export"}
LEGACY_FLOW_CODES = {"1": "import", "2": "export", "3": "re_export", "4": "re_import"}
# Comtrade+ flow codes that are components of X or M (domestic exports, foreign imports, goods for/after processing)
SUB_FLOW_CODES = ["DX", "FM", "MIP", "XIP", "MOP", "XOP", "MIF", "XIF", "MG", "XG", "CXM", "CMX"]

# Comtrade+ breakdown columns and the value that marks the total
TOTAL_MARKERS = {"customsCode": "C00", "motCode": "0", "partner2Code": "0"}


def detect(header: list[str]) -> bool:
    return set(REQUIRED) <= set(header)


def detect_legacy(header: list[str]) -> bool:
    return set(LEGACY_REQUIRED) <= set(header)


# --- rules --------------------------------------------------------------------------------------------------


def _text(column: str) -> pl.Expr:
    return pl.col(column).cast(pl.Utf8).str.strip_chars()


def flow_code(column: str, mapping: dict[str, str] = FLOW_CODES) -> pl.Expr:
    """Comtrade flow code -> export/import/re_export/re_import; an unknown code stays as text (lower-case)."""
    code = _text(column).str.to_uppercase().str.replace(r"\.0$", "")
    return code.replace_strict(mapping, default=code.str.to_lowercase())


def breakdown_reason(columns: list[str]) -> pl.Expr:
    """Why a Comtrade+ row is a breakdown of a total (null for a total row): the first marker that differs.
    Blank markers count as totals (some API selections leave them empty)."""
    reason = pl.lit(None, dtype=pl.Utf8)
    for column, total in reversed(TOTAL_MARKERS.items()):
        if column not in columns:
            continue
        value = _text(column).str.replace(r"\.0$", "")
        is_breakdown = value.is_not_null() & (value != "") & (value.str.to_uppercase() != total)
        reason = pl.when(is_breakdown).then(pl.lit(f"{column} != {total} (breakdown of a total)")).otherwise(reason)
    return reason


def commodity_code(code_column: str, classification_column: str | None) -> pl.Expr:
    """cmdCode as HS text; a code of another classification (SITC S1-S4, BEC B4/B5, services EB) is not an HS
    code even when it has 4 digits: it becomes '?<classification>:<code>' so validation quarantines it visibly."""
    code = n.hs_code(code_column)
    if classification_column is None:
        return code
    scheme = _text(classification_column).str.to_uppercase()
    is_hs = scheme.is_null() | (scheme == "") | scheme.str.starts_with("H")
    return pl.when(is_hs).then(code).otherwise(pl.lit("?") + scheme + pl.lit(":") + _text(code_column))


def sub_flow_reason(column: str) -> pl.Expr:
    code = _text(column).str.to_uppercase()
    return pl.when(code.is_in(SUB_FLOW_CODES)).then(pl.lit("flowCode is a sub-flow of X/M (DX, FM, processing)"))


def comtrade_month(freq_column: str | None, month_column: str) -> pl.Expr:
    """refMonth for monthly data (freqCode M); null for annual rows (Comtrade+ writes refMonth 52 there)."""
    month = n.parse_int(month_column)
    monthly = month.is_between(1, 12)
    if freq_column is not None:
        monthly = monthly & (_text(freq_column).str.to_uppercase() == "M")
    return pl.when(monthly).then(month).otherwise(None).cast(pl.Int16)


def period_month(column: str) -> pl.Expr:
    """Legacy Period: YYYY (annual) or YYYYMM (monthly) -> month or null."""
    text = _text(column)
    return pl.when(text.str.len_chars() == 6).then(text.str.slice(4, 2).cast(pl.Int16, strict=False)).otherwise(None)


def quantity(qty_column: str, unit_column: str | None, unit_code_column: str | None, no_quantity_codes: list[str]) -> tuple[pl.Expr, pl.Expr]:
    """(quantity, quantity_unit): null for Comtrade's 'no quantity' unit, never 0."""
    no_quantity = pl.lit(False)
    if unit_code_column is not None:
        no_quantity = no_quantity | _text(unit_code_column).str.replace(r"\.0$", "").is_in(no_quantity_codes)
    unit = _text(unit_column) if unit_column is not None else pl.lit(None, dtype=pl.Utf8)
    no_quantity = no_quantity | unit.str.to_uppercase().is_in(["N/A", "NO QUANTITY", "", "-"]).fill_null(True)
    qty = n.parse_number(qty_column) if qty_column is not None else pl.lit(None, dtype=pl.Float64)
    return (
        pl.when(no_quantity).then(None).otherwise(qty).cast(pl.Float64),
        pl.when(no_quantity | qty.is_null()).then(None).otherwise(unit),
    )


# --- readers ------------------------------------------------------------------------------------------------


def _optional(raw: pl.DataFrame, column: str) -> str | None:
    return column if column in raw.columns else None


def _filter(raw: pl.DataFrame, reason: pl.Expr) -> tuple[pl.DataFrame, int, dict[str, int]]:
    tagged = raw.with_columns(reason.alias("_filter_reason"))
    counts = tagged.drop_nulls("_filter_reason").group_by("_filter_reason").len()
    reasons = dict(zip(counts["_filter_reason"].to_list(), counts["len"].to_list()))
    kept = tagged.filter(pl.col("_filter_reason").is_null()).drop("_filter_reason")
    return kept, sum(reasons.values()), reasons


def normalize_plus(raw: pl.DataFrame, source_file: str) -> pl.DataFrame:
    """Comtrade+ total rows (already filtered) -> canonical trade_flow columns."""
    qty, unit = quantity("qty" if "qty" in raw.columns else None, _optional(raw, "qtyUnitAbbr"),
                         _optional(raw, "qtyUnitCode"), ["-1"])
    ref_parts = [pl.lit("comtradeapi.un.org v1")]
    for column in ("typeCode", "freqCode", "classificationCode"):
        if column in raw.columns:
            ref_parts.append(pl.col(column).fill_null(""))
    month = comtrade_month(_optional(raw, "freqCode"), "refMonth") if "refMonth" in raw.columns else pl.lit(None, pl.Int16)
    estimated = (
        pl.when(_text("isReported").str.to_lowercase().is_in(["false", "0"])).then(pl.lit("estimated by UN Comtrade (isReported false)"))
        if "isReported" in raw.columns else pl.lit(None, dtype=pl.Utf8)
    )
    return raw.select(
        pl.lit(SOURCE).alias("source"),
        n.code_to_iso3("reporterCode", "comtrade_code").alias("reporter_iso3"),
        n.code_to_iso3("partnerCode", "comtrade_code").alias("partner_iso3"),
        n.parse_int("refYear").cast(pl.Int16, strict=False).alias("year"),
        month.alias("month"),
        flow_code("flowCode").alias("flow"),
        commodity_code("cmdCode", _optional(raw, "classificationCode")).alias("hs_code"),
        n.parse_number("primaryValue").alias("value_usd"),
        qty.alias("quantity"),
        unit.alias("quantity_unit"),
        pl.concat_str(ref_parts, separator=" ").alias("source_ref"),
        estimated.alias("notes"),
        pl.lit(source_file).alias("source_file"),
        pl.col("_row_number"),
    ).with_columns(n.hs_level("hs_code").alias("hs_level"))


def normalize_legacy(raw: pl.DataFrame, source_file: str) -> pl.DataFrame:
    qty, unit = quantity("Qty" if "Qty" in raw.columns else None, _optional(raw, "Qty Unit"),
                         _optional(raw, "Qty Unit Code"), ["1"])
    month = period_month("Period") if "Period" in raw.columns else pl.lit(None, pl.Int16)
    classification = pl.col("Classification").fill_null("") if "Classification" in raw.columns else pl.lit("")
    return raw.select(
        pl.lit(SOURCE).alias("source"),
        n.code_to_iso3("Reporter Code", "comtrade_code").alias("reporter_iso3"),
        n.code_to_iso3("Partner Code", "comtrade_code").alias("partner_iso3"),
        n.parse_int("Year").cast(pl.Int16, strict=False).alias("year"),
        month.cast(pl.Int16).alias("month"),
        flow_code("Trade Flow Code", LEGACY_FLOW_CODES).alias("flow"),
        commodity_code("Commodity Code", _optional(raw, "Classification")).alias("hs_code"),
        n.parse_number("Trade Value (US$)").alias("value_usd"),
        qty.alias("quantity"),
        unit.alias("quantity_unit"),
        pl.concat_str([pl.lit("comtrade.un.org legacy"), classification], separator=" ").alias("source_ref"),
        (pl.when(_text("Flag").is_in(["", "0"]).not_()).then(pl.lit("Comtrade flag ") + _text("Flag"))
         if "Flag" in raw.columns else pl.lit(None, dtype=pl.Utf8)).alias("notes"),
        pl.lit(source_file).alias("source_file"),
        pl.col("_row_number"),
    ).with_columns(n.hs_level("hs_code").alias("hs_level"))


def is_json(path: Path) -> bool:
    return read_head(path, 256).lstrip()[:1] == "{" or read_head(path, 256).lstrip().replace(" ", "")[:2] == "[{"


def json_records(path: Path) -> list[dict]:
    """The records of a Comtrade+ API JSON answer ({"data": [...]}, or a bare list of records)."""
    try:
        document = json.loads(decode_text(read_bytes(path))[0])
    except json.JSONDecodeError as exc:
        raise SourceError(f"{path}: line {exc.lineno} column {exc.colno}: invalid JSON ({exc.msg}); "
                          f"expected the Comtrade+ API answer {{\"data\": [...]}} - a truncated download?") from exc
    records = document.get("data") if isinstance(document, dict) else document
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        said = document.get("error") or document.get("message") if isinstance(document, dict) else None
        raise SourceError(f"{path}: line 1: JSON without a list of records under \"data\""
                          + (f" (the API said: {str(said)[:120]})" if said else "") + "; expected the Comtrade+ API answer")
    return records


def json_columns(path: Path) -> list[str] | None:
    """Column names of a Comtrade+ JSON answer (first record's keys), for format detection."""
    try:
        records = json_records(path)
    except SourceError:
        return None
    return list(records[0]) if records else None


def _json_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def read_json_frame(path: Path) -> pl.DataFrame:
    records = json_records(path)
    names = list(dict.fromkeys(key for record in records for key in record))
    return pl.DataFrame({name: [_json_text(r.get(name)) for r in records] for name in names},
                        schema={name: pl.Utf8 for name in names})


def read_comtrade(path: Path) -> SourceFrame:
    """Comtrade+ v1 CSV (API or bulk) or API JSON: totals only, breakdowns and sub-flows filtered and counted."""
    path = Path(path)
    text = read_json_frame(path) if is_json(path) else read_text_csv(path)[0]
    raw = with_row_numbers(text)
    require_columns(raw, REQUIRED, path, "UN Comtrade+ data")
    reason = pl.coalesce(breakdown_reason(raw.columns), sub_flow_reason("flowCode"))
    kept, filtered, reasons = _filter(raw, reason)
    name = display_path(path)
    return SourceFrame(
        table="trade_flow", source_file=name, source_format=NAME, frame=normalize_plus(kept, name),
        raw=raw, rows_in=raw.height, rows_filtered=filtered, filter_reasons=reasons,
    )


def read_comtrade_legacy(path: Path) -> SourceFrame:
    """Legacy Comtrade CSV (comtrade.un.org/data export): every row kept (the legacy export has no breakdowns)."""
    path = Path(path)
    text, _ = read_text_csv(path)
    raw = with_row_numbers(text)
    require_columns(raw, LEGACY_REQUIRED, path, "UN Comtrade legacy data")
    name = display_path(path)
    return SourceFrame(
        table="trade_flow", source_file=name, source_format=LEGACY_NAME, frame=normalize_legacy(raw, name),
        raw=raw, rows_in=raw.height,
    )
