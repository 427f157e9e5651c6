"""The SQL loader: files by name, identifiers checked before they are formatted in, values never formatted."""

import duckdb
import pytest

from tariffscope import sqlfiles


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
