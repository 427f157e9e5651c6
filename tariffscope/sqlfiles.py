"""The one place Python gets SQL text: `statement("warehouse/row_count", table="article")` is sql/warehouse/row_count.sql.

Files are read once per process from the installed sql/ folder (the project's sql/ in a checkout,
tariffscope/_resources/sql in a wheel: tariffscope.settings). A file may name identifiers (a table, a view)
as `{name}`; they are passed as keyword arguments and must look like one (`^[a-z_][a-z0-9_]*$`), so no value
is ever formatted into SQL: values go as `?` / `$name` parameters of the execute call. Imports nothing of the
library but settings (columns.py, which readers and articles use, reads its SQL here).
"""

from __future__ import annotations

import functools
import re

from tariffscope.settings import SQL_DIR

IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")  # `{table}`; struct literals ({'k': v}) never match


@functools.cache
def text(name: str) -> str:
    """The text of sql/<name>.sql (name like "warehouse/row_count"), cached."""
    path = SQL_DIR / f"{name}.sql"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: no such SQL file (the tariffscope installation is incomplete?)") from None


def statement(name: str, **identifiers: str) -> str:
    """sql/<name>.sql with its `{identifier}` placeholders filled; every placeholder must be given, and each
    value must be a plain lower-case identifier."""
    for key, value in identifiers.items():
        if not isinstance(value, str) or not IDENTIFIER.match(value):
            raise ValueError(f"sql/{name}.sql: {key}={value!r} is not an identifier (^[a-z_][a-z0-9_]*$)")
    sql = text(name)
    missing = sorted(set(PLACEHOLDER.findall(sql)) - identifiers.keys())
    if missing:
        raise KeyError(f"sql/{name}.sql: placeholder {{{missing[0]}}} needs an identifier argument")
    return PLACEHOLDER.sub(lambda m: identifiers.get(m.group(1), m.group(0)), sql)
