"""What the command line prints: tables (rich), outcome summaries, and their JSON forms for scripts."""

from __future__ import annotations

import decimal
import json
import math
import re
import shutil
import sys
from pathlib import Path

_PLAIN_INTEGER = re.compile(r"(^|_)(year|month|id|code|number|position|rank|version)s?$")


def cell(column: str, value) -> str:
    """A value as the table format shows it: amounts and counts with thousands separators, years and codes
    as they are, small decimals without trailing zeros (csv and json keep the raw values)."""
    if value is None:
        return ""
    if isinstance(value, decimal.Decimal) and value.is_finite():
        value = int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (list, tuple, dict)):
        from tariffscope.sqlout import text_value

        return text_value(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int):
        return str(value) if _PLAIN_INTEGER.search(column.lower()) else f"{value:,}"
    if not math.isfinite(value):
        return str(value)
    return f"{value:,.2f}" if abs(value) >= 1000 else f"{value:.8g}"


def console():
    from rich.console import Console

    return Console(width=max(120, shutil.get_terminal_size((160, 40)).columns))


def print_rows(columns: list[str], rows, numeric: list[bool], title: str | None = None) -> None:
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    for name, is_numeric in zip(columns, numeric):
        table.add_column(name, justify="right" if is_numeric else "left", overflow="fold")
    for row in rows:
        table.add_row(*(cell(name, value) for name, value in zip(columns, row)), )
    console().print(table)


def print_frame(frame, title: str | None = None) -> None:
    print_rows(frame.columns, frame.iter_rows(), [d.is_numeric() for d in frame.dtypes], title)


def frame_json(frame) -> list[dict]:
    from tariffscope.sqlout import json_value

    return [{k: json_value(v) for k, v in row.items()} for row in frame.iter_rows(named=True)]


def print_json(document) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, allow_nan=False, default=str) + "\n")


# --- load outcomes -----------------------------------------------------------------------------------

def outcome_tables(outcomes, warehouse: Path):
    """Per table: files, rows in/loaded/quarantined/filtered, statuses, validation, rows now in the warehouse."""
    import polars as pl

    from tariffscope.pipeline import summary_by_table
    from tariffscope.warehouse import row_counts

    by_table = summary_by_table(outcomes).with_columns(
        validation=pl.when(pl.col("total") == 0).then(
            pl.when(pl.col("status").str.contains("failed")).then(pl.lit("not run (unreadable)")).otherwise(pl.lit("not run (unchanged)")))
        .otherwise(pl.format("{}/{} expectations passed", "passed", "total"))
    ).drop("passed", "total")
    counts = row_counts(warehouse)
    return by_table.with_columns(rows_now=pl.col("table").replace_strict(counts, default=None, return_dtype=pl.Int64))


def print_outcomes(outcomes, warehouse: Path, fmt: str = "table") -> None:
    """The run's outcome per table (table format) or per file and table (json); failures on stderr."""
    if fmt == "json":
        print_json({"warehouse": str(warehouse),
                    "files": [{"kind": o.kind, "file": o.source_file, "status": o.status, "message": o.message or None,
                               "tables": [t.__dict__ for t in o.tables]} for o in outcomes],
                    "tables": frame_json(outcome_tables(outcomes, warehouse))})
    else:
        print_frame(outcome_tables(outcomes, warehouse), title=f"Loaded into {warehouse}")
    for o in outcomes:
        if o.status in ("failed", "rejected"):
            print(f"{o.status.upper()}: {o.message}", file=sys.stderr)
