"""The expectation types our suites use, evaluated as polars expressions with Great Expectations' semantics.

Why: GX 1.x validates through pandas; at 10M rows that costs 15-20 s and ~5 GB, the same checks in polars
1-2 s. validate.py uses this path for large frames and still runs real GX on a sample of them (every
failing row plus passing rows) and insists both engines agree on it, so the JSON suite stays the one contract.
An expectation type not listed here makes the frame go through GX in full (`supported()` is False).

Semantics copied from GX: column map expectations ignore nulls (except not_null); pair expectations with
ignore_row_if="either_value_is_missing" pass rows with a null; row_condition limits the rows checked.
"""

from __future__ import annotations

import functools
import operator

import polars as pl


def _param(value, parameters: dict):
    if isinstance(value, dict) and "$PARAMETER" in value:
        return parameters[value["$PARAMETER"]]
    return value


def condition_holds(condition) -> pl.Expr:
    """True where a GX row_condition holds (a null never meets it)."""
    if not condition:
        return pl.lit(True)
    column, op, value = pl.col(condition["column"]["name"]), condition["operator"], condition["parameter"]
    return {"==": column == value, "!=": column != value, ">": column > value, ">=": column >= value,
            "<": column < value, "<=": column <= value}[op].fill_null(False)


def _between(column: str, kwargs: dict, parameters: dict) -> pl.Expr:
    col, ok = pl.col(column), pl.lit(True)
    low, high = _param(kwargs.get("min_value"), parameters), _param(kwargs.get("max_value"), parameters)
    if low is not None:
        ok = ok & (col > low if kwargs.get("strict_min") else col >= low)
    if high is not None:
        ok = ok & (col < high if kwargs.get("strict_max") else col <= high)
    return ok | col.is_null()


def _pair_greater(kwargs: dict) -> pl.Expr:
    a, b = pl.col(kwargs["column_A"]), pl.col(kwargs["column_B"])
    ok = a >= b if kwargs.get("or_equal") else a > b
    return ok | a.is_null() | b.is_null()


def constant_columns(frame: pl.DataFrame, columns: list[str] | tuple[str, ...]) -> list[str]:
    """The columns holding one value (or only nulls) in the whole frame. One comparison pass per column, no
    hashing, and as expressions so that a literal column (pl.lit in a reader) is never materialized."""
    if not columns:
        return []
    stats = frame.select([(pl.col(c) == pl.col(c).first()).all().alias(f"eq{i}") for i, c in enumerate(columns)]
                         + [pl.col(c).null_count().alias(f"nulls{i}") for i, c in enumerate(columns)]).row(0, named=True)
    return [c for i, c in enumerate(columns)
            if stats[f"nulls{i}"] == frame.height or (stats[f"nulls{i}"] == 0 and stats[f"eq{i}"] is not False)]


def row_rule_on(frame: pl.DataFrame, config: dict, parameters: dict) -> pl.Expr:
    """row_rule, with its row_condition decided first: a condition no row meets passes every row without
    evaluating the rule (BACI is all hs_level 6: three of the four hs_code regexes never run)."""
    condition = config["kwargs"].get("row_condition")
    if not condition:
        return row_rule(config, parameters)
    applies = frame.select(condition_holds(condition)).to_series()
    if not applies.any():
        return pl.repeat(True, pl.len())
    if applies.all():
        return row_rule({**config, "kwargs": {k: v for k, v in config["kwargs"].items() if k != "row_condition"}}, parameters)
    return row_rule(config, parameters)


def row_rule(config: dict, parameters: dict) -> pl.Expr:
    """True where the row meets the expectation (rows outside its row_condition meet it)."""
    kind, kwargs = config["type"], config["kwargs"]
    column = kwargs.get("column")
    rules = {
        "expect_column_values_to_not_be_null": lambda: pl.col(column).is_not_null(),
        "expect_column_values_to_be_in_set": lambda: pl.col(column).is_in(list(_param(kwargs["value_set"], parameters))) | pl.col(column).is_null(),
        "expect_column_values_to_be_between": lambda: _between(column, kwargs, parameters),
        "expect_column_values_to_match_regex": lambda: pl.col(column).cast(pl.Utf8).str.contains(kwargs["regex"]) | pl.col(column).is_null(),
        "expect_column_values_to_be_unique": lambda: ~pl.col(column).is_duplicated() | pl.col(column).is_null(),
        "expect_column_pair_values_a_to_be_greater_than_b": lambda: _pair_greater(kwargs),
    }
    return (rules[kind]() | ~condition_holds(kwargs.get("row_condition"))).fill_null(True)


def compound_unique(frame: pl.DataFrame, config: dict) -> pl.Series:
    """True where the row's compound key occurs once (nulls compare equal, as in GX).

    A 64-bit key hash (xor of per-column hashes, each column seeded by its position) is sorted and compared
    with its neighbours: at 10M trade rows 0.8 s against 2.2 s for a struct hash through is_duplicated's hash
    table (make bench). The candidates are then compared exactly, so a hash collision never quarantines a row.
    """
    # a column with one value in the whole frame cannot tell two rows apart (BACI: source, year, month, flow)
    constant = constant_columns(frame, config["kwargs"]["column_list"])
    columns = [c for c in config["kwargs"]["column_list"] if c not in constant]
    if not columns:
        return pl.repeat(frame.height <= 1, frame.height, dtype=pl.Boolean, eager=True)
    key = frame.select(functools.reduce(operator.xor, [pl.col(c).hash(seed=i) for i, c in enumerate(columns)])).to_series()
    order = key.arg_sort()
    ordered = key.gather(order)
    repeated = (ordered == ordered.shift(1)).fill_null(False) | (ordered == ordered.shift(-1)).fill_null(False)
    candidates = pl.zeros(key.len(), pl.Boolean, eager=True).scatter(order, repeated).arg_true()
    passes = pl.repeat(True, key.len(), dtype=pl.Boolean, eager=True)
    if candidates.len() == 0:
        return passes
    exact = frame[candidates.to_list()].select(pl.struct(columns).is_duplicated()).to_series()
    return passes.scatter(candidates.filter(exact), False)


# evaluated eagerly on the whole frame (not a polars expression): validate.py calls these after the select
EAGER_RULES = {"expect_compound_columns_to_be_unique": compound_unique}


TABLE_RULES = {"expect_table_row_count_to_be_between"}
SUPPORTED = {
    "expect_column_values_to_not_be_null", "expect_column_values_to_be_in_set", "expect_column_values_to_be_between",
    "expect_column_values_to_match_regex", "expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique",
    "expect_column_pair_values_a_to_be_greater_than_b", *TABLE_RULES,
}


def supported(suite: dict) -> bool:
    return all(e["type"] in SUPPORTED for e in suite["expectations"])


def row_count_ok(kwargs: dict, height: int) -> bool:
    low, high = kwargs.get("min_value"), kwargs.get("max_value")
    return (low is None or height >= low) and (high is None or height <= high)


def unexpected_sample(frame: pl.DataFrame, config: dict, failing: pl.Series, size: int) -> list:
    """A few distinct offending values (GX's partial_unexpected_list), for messages and validation_result."""
    kwargs = config["kwargs"]
    columns = [kwargs["column"]] if kwargs.get("column") else kwargs.get("column_list") or [kwargs.get("column_A"), kwargs.get("column_B")]
    values = frame.filter(failing).select(columns).head(size * 4).unique(maintain_order=True).head(size)
    return [row[0] if len(row) == 1 else list(row) for row in values.iter_rows()]
