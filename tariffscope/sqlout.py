"""`tariffscope sql`: run every statement of a script read-only and write each result as table, csv, json,
markdown or parquet.

Values are fetched as Python objects (not through polars, which cannot hold INTERVAL), and each format says
how it writes the types a plain format has no room for:

- INTERVAL: DuckDB's own text (`1 year 2 months 3 days`) in every format (a timedelta would turn a month into
  30 days);
- lists and structs: JSON arrays and objects in json; their JSON text in csv, markdown and the table;
- DECIMAL: exact digits in csv/markdown/table, a JSON number in json;
- NaN and infinities: `null` in json (JSON has no NaN), `nan`/`inf`/`-inf` in csv (what DuckDB's and pandas'
  CSV readers read back);
- dates and timestamps: ISO 8601 (`2024-01-02`, `2024-01-02 03:04:05`);
- text is UTF-8 throughout (names with diacritics are written as they are).

A script with several result sets writes them one after another: a table each; csv blocks separated by a blank
line; one JSON array per line (a single query is one JSON document); markdown tables separated by a blank
line. Parquet holds one result set.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
import math
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMATS = ("table", "csv", "json", "markdown", "parquet")


class SqlUsageError(ValueError):
    """A script the chosen output cannot hold (e.g. two result sets as parquet)."""


@dataclass
class Result:
    columns: list[str]
    types: list[str]
    rows: list[tuple]
    arrow: Any = field(default=None, repr=False)   # pyarrow.Table, only for --format parquet

    def is_numeric(self, i: int) -> bool:
        kind = self.types[i].split("(")[0]
        return kind in {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
                        "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "DECIMAL"}


def statements(script: str) -> list[str]:
    """The statements of a script, in order (DuckDB's own parser splits them)."""
    import duckdb

    return [s.query.strip().rstrip(";").strip() for s in duckdb.extract_statements(script) if s.query.strip().rstrip(";").strip()]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _printable(relation):
    """INTERVAL columns (also nested) as DuckDB's text: every other type stays as it is."""
    casts = [f"cast({_quoted(c)} as varchar) as {_quoted(c)}" if "INTERVAL" in str(t) else _quoted(c)
             for c, t in zip(relation.columns, relation.types)]
    return relation.project(", ".join(casts)) if any("INTERVAL" in str(t) for t in relation.types) else relation


def run_script(warehouse: Path, script: str, arrow: bool = False) -> list[Result]:
    """Every statement of `script` on a read-only, sandboxed connection; the results of those that return rows."""
    from tariffscope.warehouse import reading

    queries = statements(script)
    results = []
    with reading(warehouse, sandboxed=True) as con:
        for query in queries:
            relation = con.sql(query)
            if relation is None:
                continue
            relation = _printable(relation)
            types = [str(t) for t in relation.types]
            if arrow:
                results.append(Result(list(relation.columns), types, [], relation.to_arrow_table()))
            else:
                results.append(Result(list(relation.columns), types, relation.fetchall()))
    return results


# --- values ------------------------------------------------------------------------------------------

def json_value(value):
    """A value as JSON can hold it: NaN/Inf -> None, Decimal -> number, dates -> ISO text, nested -> nested."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() and value.is_finite() and abs(value) < 2**53 else json_value(float(value))
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(value)


def text_value(value) -> str:
    """A value as one CSV/markdown field: nested values as their JSON text, NaN as nan, exact decimals."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(json_value(value), ensure_ascii=False)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value)


# --- formats -----------------------------------------------------------------------------------------

def to_json(result: Result) -> str:
    """One JSON array of row objects, on one line."""
    rows = [{c: json_value(v) for c, v in zip(result.columns, row)} for row in result.rows]
    return json.dumps(rows, ensure_ascii=False, allow_nan=False)


def to_csv(result: Result) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([text_value(v) for v in row] for row in result.rows)
    return out.getvalue()


def to_markdown(result: Result) -> str:
    def field_text(value) -> str:
        return text_value(value).replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")

    lines = ["| " + " | ".join(field_text(c) for c in result.columns) + " |",
             "|" + "|".join("---:" if result.is_numeric(i) else "---" for i in range(len(result.columns))) + "|"]
    lines += ["| " + " | ".join(field_text(v) for v in row) + " |" for row in result.rows]
    return "\n".join(lines) + "\n"


def to_parquet(results: list[Result]) -> bytes:
    import pyarrow.parquet as pq

    if len(results) != 1:
        raise SqlUsageError(f"--format parquet holds one result set; the script returned {len(results)}")
    buffer = io.BytesIO()
    pq.write_table(results[0].arrow, buffer, compression="zstd")
    return buffer.getvalue()


def render(results: list[Result], fmt: str) -> str:
    """The text of every result set in `fmt` (table excluded: it is printed with rich, see output.py)."""
    if fmt == "json":
        return "".join(to_json(r) + "\n" for r in results)
    writer = {"csv": to_csv, "markdown": to_markdown}[fmt]
    return "\n".join(writer(r) for r in results)
