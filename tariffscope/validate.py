"""Runs the Great Expectations suites in expectations/ and splits passing rows from quarantined ones.

Design (GX 1.x has no polars or DuckDB engine, and its SQL path fails on DuckDB regexes):
- only the columns a suite names are handed to pandas (via Arrow), so wide text columns cost nothing;
- one pass with result_format COMPLETE gives `unexpected_index_list` per row-level expectation: those row
  positions, with the names of the expectations they failed, become quarantine rows;
- `meta.level` in each expectation says what a failure means: "row" quarantines the failing rows,
  "table" refuses the whole source (nothing of it loads).
Suites are read from disk on every validation, so editing a JSON suite changes the next run, no code change;
the GX suite and validation definition built from it are reused while the JSON stays the same.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import datetime as dt
import itertools
import json
import logging
import os
import re
import threading
import warnings
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import polars as pl

from tariffscope import suite_polars
from tariffscope.reference import iso3_codes
from tariffscope.settings import EXPECTATIONS_DIR
from tariffscope.source import ROW_NUMBER, SourceFrame

_GX_LOCK = threading.Lock()  # the GX context is not thread-safe; Prefect may run tasks in threads
SAMPLE_SIZE = 5
# above this many rows the suite is evaluated in polars and GX cross-checks a sample (see suite_polars)
GX_FULL_ROWS = int(os.environ.get("TARIFFSCOPE_GX_FULL_ROWS", "100000"))
CROSS_CHECK_ROWS = 5_000
_RUN_NUMBERS = itertools.count(1)
_DEFINITIONS: dict[str, tuple[str, object]] = {}  # table -> (expectations as JSON, GX validation definition)


@dataclass
class Outcome:
    """One expectation's result on one table."""

    table: str
    expectation: str       # e.g. expect_column_values_to_be_in_set(reporter_iso3)
    level: str             # row | table
    success: bool
    element_count: int | None
    unexpected_count: int | None
    unexpected_sample: list = field(default_factory=list)
    why: str = ""


@dataclass
class TableValidation:
    table: str
    outcomes: list[Outcome]
    failed: pl.DataFrame   # _position (row in the validated frame, UInt32), failed_expectations (list of names)
    engine: str = "great_expectations"

    @property
    def failed_rows(self) -> dict[int, list[str]]:
        return dict(zip(self.failed["_position"].to_list(), self.failed["failed_expectations"].to_list()))

    @property
    def table_failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.level == "table" and not o.success]


@dataclass
class ValidatedSource:
    """A source split into rows that load and rows that go to quarantine, per table."""

    source: SourceFrame
    passed: dict[str, pl.DataFrame]        # table -> rows to load (ROW_NUMBER dropped)
    quarantined: dict[str, pl.DataFrame]   # table -> row_number, original_row (JSON text), failed_expectations
    validations: dict[str, TableValidation]

    @property
    def table_failures(self) -> list[Outcome]:
        return [o for v in self.validations.values() for o in v.table_failures]

    @property
    def ok(self) -> bool:
        return not self.table_failures

    def failure_message(self) -> str:
        parts = [
            f"{o.table}: {o.expectation} failed ({o.why}) unexpected {o.unexpected_count} of {o.element_count}"
            + (f", e.g. {o.unexpected_sample}" if o.unexpected_sample else "")
            for o in self.table_failures
        ]
        return f"{self.source.source_file}: refused, nothing loaded: " + "; ".join(parts)


def suite_path(table: str) -> Path:
    return EXPECTATIONS_DIR / f"{table}.json"


def load_suite(table: str) -> dict:
    with open(suite_path(table), encoding="utf-8") as handle:
        suite = json.load(handle)
    for expectation in suite["expectations"]:
        expectation.pop("id", None)
    return suite


def suite_parameters() -> dict:
    return {"country_iso3": sorted(iso3_codes()), "current_year": dt.date.today().year}


def expectation_name(config: dict) -> str:
    kwargs = config["kwargs"]
    columns = kwargs.get("column") or kwargs.get("column_list") or [kwargs.get("column_A"), kwargs.get("column_B")]
    columns = [columns] if isinstance(columns, str) else [c for c in columns if c]
    label = f"{config['type']}({', '.join(columns)})" if columns else config["type"]
    if kwargs.get("mostly") is not None:
        label += f" mostly {kwargs['mostly']}"
    if condition := kwargs.get("row_condition"):
        label += f" where {_condition_text(condition)}"
    return label


def _condition_text(condition) -> str:
    """GX 1.x Condition objects serialize as {"column": {"name"}, "operator", "parameter"}."""
    if isinstance(condition, dict) and "column" in condition:
        return f"{condition['column']['name']}{condition['operator']}{condition['parameter']}"
    return str(condition)


def suite_columns(suite: dict) -> list[str]:
    names: list[str] = []
    for expectation in suite["expectations"]:
        kwargs = expectation["kwargs"]
        for key in ("column", "column_A", "column_B"):
            if kwargs.get(key):
                names.append(kwargs[key])
        names += kwargs.get("column_list", [])
        condition = kwargs.get("row_condition")
        if isinstance(condition, dict) and "column" in condition:
            names.append(condition["column"]["name"])
    return list(dict.fromkeys(names))


@cache
def _gx():
    """One ephemeral GX context per process (import costs 2-3 s, so only when validation runs)."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    # GX sets INFO on some of its own loggers (e.g. the ephemeral docs site message): quiet them all
    for name in [n for n in logging.root.manager.loggerDict if n.startswith("great_expectations")] + ["great_expectations"]:
        logging.getLogger(name).setLevel(logging.ERROR)
    # pandas' note on a regex with a group (source_preference's ^([A-Z]{3}|\*)$): GX only tests for a match
    warnings.filterwarnings("ignore", message="This pattern is interpreted as a regular expression, and has match groups")
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    datasource = context.data_sources.add_pandas("tariffscope")
    return gx, context, datasource


def _definition(table: str, suite: dict):
    """The GX suite and validation definition for `table`, built once per process and rebuilt only when the
    expectations differ from the ones registered (an edited JSON, or the cross-check's subset of the suite).
    Every run is still stored as its own result (GX keys results by run time) for Data Docs."""
    gx, context, datasource = _gx()
    fingerprint = json.dumps([suite["expectations"], suite.get("meta", {})], sort_keys=True, default=str)
    cached = _DEFINITIONS.get(table)
    if cached is not None and cached[0] == fingerprint:
        return cached[1]
    with contextlib.suppress(Exception):
        context.suites.delete(table)
    try:
        asset = datasource.get_asset(table)
    except LookupError:
        asset = datasource.add_dataframe_asset(table)
    batch_definition = next(iter(asset.batch_definitions), None) or asset.add_batch_definition_whole_dataframe("all")
    gx_suite = context.suites.add(gx.ExpectationSuite(name=table, expectations=suite["expectations"], meta=suite.get("meta", {})))
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name=f"{table}-{next(_RUN_NUMBERS)}", data=batch_definition, suite=gx_suite))
    _DEFINITIONS[table] = (fingerprint, definition)
    return definition


@contextlib.contextmanager
def _configuration_built_once():
    """GX 1.x rebuilds an expectation's configuration (pydantic .dict() + a new ExpectationConfiguration) on every
    read of `Expectation.configuration`, ~130 reads per expectation per run: about 40% of a run's CPU on 5,000 or
    50,000 rows (cProfile). A run builds its expectation objects fresh from the suite and only reads them, so for
    the run (under _GX_LOCK: no other GX call in this process meanwhile) each object's configuration is built on
    its first read and reused. The results are the same (tests/test_validate.py compares them)."""
    from great_expectations.expectations.expectation import Expectation

    plain, built = Expectation.__dict__["configuration"], {}

    def configuration(self):
        entry = built.get(id(self))
        if entry is None or entry[0] is not self:  # the object is kept in the entry, so its id is not reused
            entry = built[id(self)] = (self, plain.fget(self))
        return entry[1]

    Expectation.configuration = property(configuration, doc=plain.__doc__)
    try:
        yield
    finally:
        Expectation.configuration = plain


def _run_gx(table: str, suite: dict, frame: pl.DataFrame, *, configurations_once: bool = True):
    with _GX_LOCK, _configuration_built_once() if configurations_once else contextlib.nullcontext():
        return _definition(table, suite).run(
            batch_parameters={"dataframe": frame.to_pandas()},
            expectation_parameters=suite_parameters(),
            result_format={"result_format": "COMPLETE", "partial_unexpected_count": SAMPLE_SIZE},
        )


def _gx_frame(frame: pl.DataFrame) -> pl.DataFrame:
    # GX's "between" takes its vectorized path only for int64/float64 (Int16 costs a Python call per row)
    return frame.with_columns(pl.col(pl.Int8, pl.Int16, pl.Int32, pl.UInt8, pl.UInt16, pl.UInt32).cast(pl.Int64))


def _failed_frame(failed_rows: dict[int, list[str]]) -> pl.DataFrame:
    return pl.DataFrame({"_position": list(failed_rows), "failed_expectations": list(failed_rows.values())},
                        schema={"_position": pl.UInt32, "failed_expectations": pl.List(pl.Utf8)})


# column map and pair rules: on the rows their row_condition leaves (none) GX gives success, 0 elements, 0 unexpected
_EMPTY_DOMAIN_PASSES = suite_polars.SUPPORTED - suite_polars.TABLE_RULES


def _unmet_conditions(suite: dict, frame: pl.DataFrame) -> set[int]:
    """Positions in the suite of the row rules whose row_condition no row of `frame` meets (BACI is all hs_level 6:
    three of the four hs_code regexes). GX would filter every row out and run the rule on nothing: ~7% of a run's
    CPU each. The conditions are plain comparisons on which GX and suite_polars.condition_holds pick the same rows
    (tests/test_suite_polars.py)."""
    conditions = {i: e["kwargs"]["row_condition"] for i, e in enumerate(suite["expectations"])
                  if e["type"] in _EMPTY_DOMAIN_PASSES and isinstance(e["kwargs"].get("row_condition"), dict)
                  and set(suite_columns({"expectations": [e]})) <= set(frame.columns)}
    if not conditions:
        return set()
    if frame.height == 0:
        return set(conditions)
    met = frame.select([suite_polars.condition_holds(c).any().alias(str(i)) for i, c in conditions.items()]).row(0, named=True)
    return {i for i in conditions if not met[str(i)]}


def _validate_with_gx(table: str, suite: dict, frame: pl.DataFrame) -> TableValidation:
    """GX on every row of `frame`; a rule whose row_condition no row meets gets GX's own outcome for it (success,
    0 elements, 0 unexpected) without the run (tests/test_validate.py compares both)."""
    unmet = _unmet_conditions(suite, frame)
    if unmet:
        skipped = [e for i, e in enumerate(suite["expectations"]) if i in unmet]
        suite = {**suite, "expectations": [e for i, e in enumerate(suite["expectations"]) if i not in unmet]}
    columns = [c for c in suite_columns(suite) if c in frame.columns]
    result = _run_gx(table, suite, _gx_frame(frame.select(columns)))
    by_name = {expectation_name(e): e.get("meta", {}) for e in suite["expectations"]}
    outcomes, failed_rows = [], {}
    for item in result.results:
        config = item.expectation_config.to_json_dict()
        name = expectation_name(config)
        meta = by_name.get(name, {})
        details = item.result or {}
        outcomes.append(Outcome(
            table=table, expectation=name, level=meta.get("level", "row"), success=bool(item.success),
            element_count=details.get("element_count"), unexpected_count=details.get("unexpected_count"),
            unexpected_sample=list(details.get("partial_unexpected_list") or [])[:SAMPLE_SIZE] or
            ([details["observed_value"]] if "observed_value" in details and not item.success else []),
            why=meta.get("why", ""),
        ))
        if meta.get("level", "row") == "row" and not item.success:
            for position in details.get("unexpected_index_list") or []:
                failed_rows.setdefault(int(position), []).append(name)
    if unmet:  # GX's outcome for each of them (GX orders its results its own way: these come last)
        outcomes += [Outcome(table, expectation_name(e), e.get("meta", {}).get("level", "row"), True, 0, 0, [],
                             e.get("meta", {}).get("why", "")) for e in skipped]
    return TableValidation(table=table, outcomes=outcomes, failed=_failed_frame(failed_rows))


def _validate_with_polars(table: str, suite: dict, frame: pl.DataFrame) -> TableValidation:
    """Polars evaluates the suite on every row while real GX validates a seeded sample of rows in another
    thread (GX is Python-bound, polars runs native and releases the GIL); then GX also validates every failing
    row outside the sample (up to a cap), and both engines must agree on all the rows GX saw."""
    checked = _cross_check_suite(suite)
    sampled = pl.int_range(0, frame.height, dtype=pl.UInt32, eager=True).sample(min(CROSS_CHECK_ROWS, frame.height), seed=0).sort()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="gx-cross-check") as pool:
        on_sample = pool.submit(_gx_failures, table, checked, frame, sampled.to_list())
        validation = _polars_validation(table, suite, frame)
        got = on_sample.result()
    failing = validation.failed["_position"].filter(~validation.failed["_position"].is_in(sampled.implode()))
    got.update(_gx_failures(table, checked, frame, failing.head(CROSS_CHECK_ROWS).to_list()))
    _compare_engines(table, checked, validation, set(sampled.to_list()) | set(failing.head(CROSS_CHECK_ROWS).to_list()), got)
    return validation


def _polars_validation(table: str, suite: dict, frame: pl.DataFrame) -> TableValidation:
    parameters, height = suite_parameters(), frame.height
    row_checks = [e for e in suite["expectations"] if e["type"] not in suite_polars.TABLE_RULES]
    eager = suite_polars.EAGER_RULES
    passes = frame.select([(pl.repeat(True, pl.len()) if e["type"] in eager else suite_polars.row_rule_on(frame, e, parameters)).alias(str(i))
                           for i, e in enumerate(row_checks)])
    passes = passes.with_columns(eager[e["type"]](frame, e).alias(str(i)) for i, e in enumerate(row_checks) if e["type"] in eager)
    outcomes, failing_names = [], []
    for i, config in enumerate(row_checks):
        meta, name = config.get("meta", {}), expectation_name(config)
        failing = ~passes[str(i)]
        unexpected = int(failing.sum())
        mostly = config["kwargs"].get("mostly")
        success = unexpected == 0 if mostly is None else (height - unexpected) >= mostly * height
        outcomes.append(Outcome(table, name, meta.get("level", "row"), success, height, unexpected,
                                suite_polars.unexpected_sample(frame, config, failing, SAMPLE_SIZE) if unexpected else [],
                                meta.get("why", "")))
        if meta.get("level", "row") == "row":
            failing_names.append(pl.when(~pl.col(str(i))).then(pl.lit(name)))
    for config in suite["expectations"]:
        if config["type"] in suite_polars.TABLE_RULES:
            meta = config.get("meta", {})
            outcomes.append(Outcome(table, expectation_name(config), meta.get("level", "table"),
                                    suite_polars.row_count_ok(config["kwargs"], height), height, None, [height], meta.get("why", "")))
    failed = (
        passes.with_row_index("_position")
        .select("_position", pl.concat_list(failing_names).list.drop_nulls().alias("failed_expectations") if failing_names
                else pl.lit([], pl.List(pl.Utf8)).alias("failed_expectations"))
        .filter(pl.col("failed_expectations").list.len() > 0)
    )
    return TableValidation(table=table, outcomes=outcomes, failed=failed, engine="polars (cross-checked by GX)")


class EngineMismatch(RuntimeError):
    """The polars evaluation of a suite disagreed with Great Expectations: a bug in suite_polars, never data."""


def _cross_check_suite(suite: dict) -> dict:
    # uniqueness and row counts are properties of the whole table, not of a sample
    checked = [e for e in suite["expectations"] if e["type"] not in suite_polars.TABLE_RULES
               and e["type"] not in ("expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique")]
    return {**suite, "expectations": checked}


def _gx_failures(table: str, checked: dict, frame: pl.DataFrame, positions: list[int]) -> dict[int, list[str]]:
    """Real GX on these rows of `frame` only: the expectations each failing row failed, by position in `frame`."""
    if not positions:
        return {}
    rows = frame[positions]
    result = _validate_with_gx(table, checked, rows)  # it leaves out the rules whose condition no row meets
    return {positions[i]: names for i, names in result.failed_rows.items()}


def _compare_engines(table: str, checked: dict, validation: TableValidation, positions: set[int], got: dict[int, list[str]]) -> None:
    names = {expectation_name(e) for e in checked["expectations"]}
    expected = {p: sorted(n for n in failed if n in names) for p, failed in validation.failed_rows.items() if p in positions}
    expected = {p: n for p, n in expected.items() if n}
    if expected != {p: sorted(n) for p, n in got.items()}:
        raise EngineMismatch(f"{table}: polars and Great Expectations disagree on the sample; "
                             f"polars {sorted(expected.items())[:3]} vs GX {sorted(got.items())[:3]}")


def validate_frame(table: str, frame: pl.DataFrame) -> TableValidation:
    """Validate `frame` against expectations/<table>.json; row positions refer to `frame`.

    Up to GX_FULL_ROWS rows (or when a suite uses an expectation type suite_polars does not know) GX
    validates every row; above, polars evaluates the suite and GX cross-checks a sample."""
    suite = load_suite(table)
    if frame.height > GX_FULL_ROWS and suite_polars.supported(suite):
        return _validate_with_polars(table, suite, frame)
    return _validate_with_gx(table, suite, frame)


def split_rows(frame: pl.DataFrame, validation: TableValidation, raw: pl.DataFrame | None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(rows that load, quarantine rows) — the quarantine keeps the row as read, as JSON."""
    positions = validation.failed
    if positions.height == 0:  # the common case at scale: nothing to split
        return frame.drop(ROW_NUMBER, strict=False), pl.DataFrame(schema={"row_number": pl.Int64, "original_row": pl.Utf8, "failed_expectations": pl.List(pl.Utf8)})
    indexed = frame.with_row_index("_position")
    bad = indexed.join(positions, on="_position", how="inner")
    good = indexed.join(positions, on="_position", how="anti").drop("_position")
    original = raw if raw is not None else frame
    row_json = (
        original.filter(pl.col(ROW_NUMBER).is_in(bad[ROW_NUMBER].implode()))
        .select(ROW_NUMBER, pl.struct(pl.all().exclude(ROW_NUMBER)).struct.json_encode().alias("original_row"))
    )
    quarantine = (
        bad.select(pl.col(ROW_NUMBER).alias("row_number"), "failed_expectations")
        .join(row_json.rename({ROW_NUMBER: "row_number"}), on="row_number", how="left")
        .select("row_number", "original_row", "failed_expectations")
        .sort("row_number")
    )
    return good.drop(ROW_NUMBER, strict=False), quarantine


def validate_source(source: SourceFrame) -> ValidatedSource:
    """Validate the source's main table and any extra tables (an article's fact tables)."""
    tables = {source.table: (source.frame, source.raw), **{t: (f, None) for t, f in source.extra_tables.items()}}
    passed, quarantined, validations = {}, {}, {}
    for table, (frame, raw) in tables.items():
        if ROW_NUMBER not in frame.columns:
            frame = frame.with_row_index(ROW_NUMBER, offset=1).with_columns(pl.col(ROW_NUMBER).cast(pl.Int64))
        validation = validate_frame(table, frame)
        validations[table] = validation
        passed[table], quarantined[table] = split_rows(frame, validation, raw)
    # the load needs the source's facts (name, format, counts, sha256), not its rows: the rows as read and the
    # normalized frame are in `passed`/`quarantined` now, so they are not kept alive through the load
    facts = dataclasses.replace(source, frame=source.frame.clear(), raw=None, extra_tables={})
    return ValidatedSource(source=facts, passed=passed, quarantined=quarantined, validations=validations)


# --- Data Docs ---------------------------------------------------------------------------------------
# GX builds the site; tariffscope/datadocs.py makes its pages work offline (static tables, no CDN assets).

from tariffscope.settings import docs_dir  # noqa: E402 - where a warehouse's Data Docs go (re-exported)


def build_data_docs(warehouse: Path) -> Path | None:
    """Data Docs of the suites and this process's validation results, under <warehouse dir>/docs/."""
    if not _gx.cache_info().currsize:
        return None  # nothing was validated in this process
    _, context, _ = _gx()
    target = docs_dir(warehouse)
    with _GX_LOCK:
        site = {"class_name": "SiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(target)},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder", "show_how_to_buttons": False}}
        # one site, pointed at this warehouse's docs folder (a process may serve several warehouses)
        if "tariffscope" in context.get_site_names():
            context.update_data_docs_site("tariffscope", site)
        else:
            context.add_data_docs_site(site_name="tariffscope", site_config=site)
        context.build_data_docs(site_names=["tariffscope"])
    from tariffscope.datadocs import make_offline

    make_offline(target)
    return target / "index.html"
