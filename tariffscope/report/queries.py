"""What the report shows, read from the warehouse in one short read-only connection.

The SQL lives in sql/report/*.sql (one file per frame). Every chart reads one trade source, chosen in its
SQL (the source with the most rows, ties alphabetical), and names it in its subtitle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from tariffscope.sqlfiles import statement
from tariffscope.warehouse import reading

TOP_CHAPTERS = 10

# frame name -> (sql file, parameters)
QUERIES: dict[str, tuple[str, dict]] = {
    "us_trade": ("us_trade.sql", {}),
    "top_chapters": ("top_chapters.sql", {"top_n": TOP_CHAPTERS}),
    "tariff_exposure": ("tariff_exposure.sql", {}),
    "tariff_unsized": ("tariff_unsized.sql", {}),
    "balance": ("balance.sql", {}),
    "mirror": ("mirror.sql", {}),
    "claims": ("claims.sql", {}),
    "last_loads": ("last_loads.sql", {}),
    "quarantine": ("quarantine.sql", {}),
    "validation": ("validation.sql", {}),
}


def sql_text(name: str) -> str:
    """The text of sql/report/<name> ("us_trade.sql")."""
    return statement(f"report/{name.removesuffix('.sql')}")


@dataclass
class ReportData:
    frames: dict[str, pl.DataFrame] = field(default_factory=dict)
    data_as_of: object = None          # latest load_audit.finished_at (datetime) or None

    def __getattr__(self, name: str) -> pl.DataFrame:
        try:
            return self.__dict__["frames"][name]
        except KeyError as exc:
            raise AttributeError(name) from exc


def load(warehouse: Path) -> ReportData:
    """Run every report query; the connection is read-only and closed before any rendering starts."""
    data = ReportData()
    with reading(warehouse) as con:
        for name, (file, params) in QUERIES.items():
            relation = con.sql(sql_text(file), params=params) if params else con.sql(sql_text(file))
            data.frames[name] = relation.pl()
        data.data_as_of = con.execute(statement("report/data_as_of")).fetchone()[0]
    return data
