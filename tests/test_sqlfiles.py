"""The SQL loader: files by name, identifiers checked before they are formatted in, values never formatted."""

import ast
import re

import duckdb
import pytest

from tariffscope import sqlfiles
from tariffscope.settings import PROJECT_ROOT


def test_statement_reads_the_file_and_fills_identifiers():
    sql = sqlfiles.statement("warehouse/schema_version_current")
    assert sql.startswith("--") and "from schema_version" in sql
    con = duckdb.connect()
    con.execute(sqlfiles.statement("warehouse/schema_version_table"))
    con.execute(sqlfiles.statement("warehouse/schema_version_record"), [3, "003_trade.sql"])
    assert con.execute(sql).fetchone() == (3,)


@pytest.mark.parametrize("bad", ["Article", "x; drop table t", "a.b", "", "1x", "t'"])
def test_a_value_that_is_not_an_identifier_is_refused(bad):
    with pytest.raises(ValueError, match="not an identifier"):
        sqlfiles.statement("warehouse/row_count", table=bad)


def test_a_placeholder_left_unfilled_is_an_error_naming_the_file():
    with pytest.raises(KeyError, match=r"sql/warehouse/row_count.sql: placeholder \{table\}"):
        sqlfiles.statement("warehouse/row_count")


def test_a_missing_file_names_its_path():
    with pytest.raises(FileNotFoundError, match="no_such_question.sql"):
        sqlfiles.statement("warehouse/no_such_question")


# --- the rule: no SQL statement text in Python outside sql/ (tariffscope.sqlfiles reads it) -----------------

# A string literal (or f-string) that begins like a SQL statement. Each keyword needs a statement's shape after
# it, so help texts such as "load files of one kind" or "copy the --warehouse DuckDB file" are not SQL.
SQL_START = re.compile(r"""\s*(?:
      select\s+(?:\*|distinct\b|\d|\(|\?|[\w.]+\*?\s*(?:,|\bas\b|\bfrom\b|\(|=|$))
    | insert\s+(?:or\s+\w+\s+)?into\s | delete\s+from\s | update\s+[\w.{}]+\s+set\s
    | create\s+(?:or\s+replace\s+)?(?:temp\w*\s+)?(?:table|view|schema|index|unique|sequence|macro|function|type|secret)\b
    | drop\s+(?:table|view|schema|index|sequence|macro|function|type|secret)\b | alter\s+(?:table|view)\b
    | copy\s*(?:\(|[\w.{}]+\s+(?:to|from)\s) | with\s+(?:recursive\s+)?\w+\s+as\s*\(
    | attach\s+(?:database\s+)?(?:if\s+not\s+exists\s+)?['"{?] | detach\s+(?:database\s+)?[\w{}]+\s*$
    | describe\s+[\w.{}]+\s*$ | summarize\s | show\s+(?:all\s+)?tables\b | comment\s+on\s
    | load\s+['"{] | install\s+\w+\s*$ | (?:set|reset)\s+(?:global\s+|session\s+)?[\w{}]+\s*= | use\s+\w+\s*$
    | (?:begin|commit|rollback|abort)(?:\s+transaction)?\s*;?\s*$ | pragma\s+\w | checkpoint\s*$ | vacuum\b
    | (?:export|import)\s+database\s
)""", re.I | re.X | re.S)

# (file, function, statement keyword) -> why the statement stays in Python. Nothing else may hold SQL text.
EXCEPTIONS = {
    # transaction control: the Python code around the statements is the transaction's shape
    **{(f, fn, kw): "transaction control" for f, fn in [
        ("tariffscope/warehouse.py", "_apply_schema"), ("tariffscope/warehouse.py", "_copy_tables"),
        ("tariffscope/lake.py", "apply_lake_schema")] for kw in ("begin", "commit")},
    ("tariffscope/lake.py", "rollback", "rollback"): "transaction control (ends a transaction a failed commit may have ended)",
    # statements built from a runtime path or DSN (ATTACH/LOAD take no parameters), and what goes with them
    ("tariffscope/lake_ext.py", "load", "load"): "LOAD of an extension file found at run time (no INSTALL, no network)",
    ("tariffscope/lake.py", "postgres_catalog_exists", "attach"): "ATTACH of the user's Postgres DSN, quoted",
    ("tariffscope/lake.py", "_attach", "use"): "USE of the lake just attached (Warehouse.attach_sql builds the ATTACH)",
    ("tariffscope/warehouse.py", "migrate", "attach"): "ATTACH of the source warehouse file given on the command line",
    ("tariffscope/warehouse.py", "migrate", "detach"): "DETACH of that source, beside its ATTACH",
    ("tariffscope/target.py", "attach_sql", "attach"): "ATTACH of the lake named by --warehouse (catalog, data path)",
    # COMMENT ON takes no parameter: the tag is a file name and a hex digest computed here
    ("tariffscope/lake.py", "mark_model", "comment"): "COMMENT ON a view with its model file's tag (no parameter allowed)",
    # settings of one connection
    ("tariffscope/lake.py", "connect", "set"): "connection settings (progress bar off, sandbox: allowed directories, lock)",
    ("tariffscope/warehouse.py", "load_validated", "set"): "connection setting of the load (insertion order)",
}
# the load path: statements composed at run time from a table's natural key and the file's constant columns (a
# key-match delete, a fact insert whose select list passes constants as parameters); every fixed statement of the
# load is in sql/load/
EXCEPTIONS.update({
    ("tariffscope/warehouse.py", "_merge_split", "delete"): "key-match delete composed from NATURAL_KEYS and the constant columns",
    ("tariffscope/warehouse.py", "_merge_split", "insert"): "fact insert whose select list passes the file's constant columns as parameters",
    ("tariffscope/warehouse.py", "_merge", "delete"): "key-match delete composed from NATURAL_KEYS",
    **{("tariffscope/warehouse.py", "_load_transaction", kw): "transaction control" for kw in ("begin", "commit")},
})


def _strings(tree: ast.AST):
    """(function, line, text) of every string literal and f-string that is not a docstring; an f-string's
    replacement fields read as {}."""
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}

    def visit(node, function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield from visit(child, child.name)
            elif isinstance(child, ast.JoinedStr):
                yield function, child.lineno, "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in child.values)
            elif isinstance(child, ast.Constant) and isinstance(child.value, str) and id(child) not in docstrings:
                yield function, child.lineno, child.value
            else:
                yield from visit(child, function)

    yield from visit(tree, "<module>")


def sql_in_python() -> list[tuple[str, str, int, str, str]]:
    """(file, function, line, keyword, text) of every SQL statement text in tariffscope/ and flows/."""
    found = []
    for path in sorted([*(PROJECT_ROOT / "tariffscope").rglob("*.py"), *(PROJECT_ROOT / "flows").rglob("*.py")]):
        if "_resources" in path.parts:
            continue
        name = path.relative_to(PROJECT_ROOT).as_posix()
        for function, line, text in _strings(ast.parse(path.read_text(encoding="utf-8"), name)):
            if SQL_START.match(text):
                found.append((name, function, line, text.split()[0].lower(), text))
    return found


def test_no_sql_statement_text_in_python_outside_sql_files():
    stray = [f"{file}:{line} ({function}): {text[:70]!r}" for file, function, line, keyword, text in sql_in_python()
             if (file, function, keyword) not in EXCEPTIONS and (file, function, "*") not in EXCEPTIONS]
    assert not stray, "SQL belongs in sql/<area>/<question>.sql, read with tariffscope.sqlfiles.statement:\n" + "\n".join(stray)


def test_the_rule_sees_sql_and_not_help_text():
    sql = ["select 1 from t", "select _load_id from load_audit", "insert into t by name select * from s",
           "delete from {} where x = ?", "with a as (select 1) select * from a", "copy (select 1) to ?",
           "describe {}", "create or replace view {} as\n{}", "update id_counter set next_id = ?", "begin"]
    prose = ["load files of one kind into the warehouse", "copy the --warehouse DuckDB file into a new lake",
             "select a source", "describe the columns of a table", "with `--warehouse`", "set it with --x"]
    assert all(SQL_START.match(s) for s in sql)
    assert not any(SQL_START.match(s) for s in prose)
