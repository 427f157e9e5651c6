"""A run's load summary as markdown (the flows publish it as an artifact): files by status, rows per table,
validation, files not loaded, notes, and the claim_check verdicts read back from the warehouse."""

from __future__ import annotations

from pathlib import Path

from tariffscope.pipeline import Outcome, summary_by_table
from tariffscope.sqlfiles import statement


def claim_verdicts(warehouse: Path, timeout: float = 5.0) -> list[tuple] | str:
    """claim_check verdict counts read from the warehouse read-only, or why they could not be read."""
    import duckdb

    from tariffscope.settings import warehouse_path
    from tariffscope.warehouse import WarehouseError, reading

    if not warehouse_path(warehouse).exists():
        return "no warehouse yet"
    try:
        with reading(warehouse, timeout=timeout) as con:
            return con.execute(statement("cli/claim_verdicts")).fetchall()
    except (WarehouseError, duckdb.Error) as error:
        return f"not read: {str(error).splitlines()[0]}"


def _table_lines(outcomes: list[Outcome]) -> list[str]:
    by_table = summary_by_table(outcomes)
    if not by_table.height:
        return []
    lines = ["| table | files | rows loaded | quarantined | filtered | validation | status |",
             "|---|---:|---:|---:|---:|---|---|"]
    for row in by_table.iter_rows(named=True):
        validation = ("not run (unchanged or unreadable)" if row["total"] == 0
                      else f"{row['passed']}/{row['total']} expectations passed")
        lines.append(f"| {row['table']} | {row['files']} | {row['loaded']:,} | {row['quarantined']:,} | "
                     f"{row['filtered']:,} | {validation} | {row['status'].replace(',', ', ')} |")
    return lines + [""]


def summary_markdown(outcomes: list[Outcome], warehouse: Path, title: str, notes: list[str] | None = None) -> str:
    """The run's load summary: files by status, rows per table, validation status, claim_check verdicts."""
    from collections import Counter

    statuses = Counter(o.status for o in outcomes).most_common()
    files = ", ".join(f"{n} {s}" for s, n in statuses) or "none"
    lines = [f"# {title}: load summary", "", f"Warehouse `{warehouse}`. Files: {len(outcomes)} ({files}).", ""]
    lines += _table_lines(outcomes)
    problems = [o for o in outcomes if o.status in ("failed", "rejected")]
    if problems:
        lines += ["## Not loaded", ""]
        lines += [f"- **{o.status}** `{o.source_file}`: {o.message.replace(chr(10), ' ')}" for o in problems]
        lines.append("")
    if notes:
        lines += ["## Notes", ""] + [f"- {note}" for note in notes] + [""]
    verdicts = claim_verdicts(warehouse)
    lines += ["## claim_check verdicts", ""]
    if isinstance(verdicts, str):
        lines.append(f"_{verdicts}_")
    elif not verdicts:
        lines.append("_no claims yet_")
    else:
        lines += ["| claim type | verdict | claims |", "|---|---|---:|"]
        lines += [f"| {claim_type} | {verdict} | {claims:,} |" for claim_type, verdict, claims in verdicts]
    return "\n".join(lines) + "\n"
