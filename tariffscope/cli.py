"""tariffscope command line. Exit codes: 0 success, 1 data refused by a table-level expectation,
2 usage error or unreadable input. Heavy imports (Prefect, GX) happen only in the commands that need them."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import time
from pathlib import Path

from tariffscope.settings import DEFAULT_WAREHOUSE, quiet_prefect_defaults, warehouse_path

EPILOG = "Exit codes: 0 success; 1 data failed validation at table level (nothing loaded from that source); 2 usage or unreadable input."


def _warehouse_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--warehouse", metavar="FILE", default=None,
                        help=f"DuckDB file (default: $TARIFFSCOPE_WAREHOUSE or {DEFAULT_WAREHOUSE.relative_to(DEFAULT_WAREHOUSE.parents[1])})")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tariffscope",
        description="Trade-policy news and official trade statistics in one DuckDB warehouse; every article "
                    "claim checked against the figures (claim_check), every tariff sized against the trade it hits (tariff_exposure).",
        epilog=EPILOG)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="build the warehouse from data/ (the main job)", epilog=EPILOG,
                         description="Run the build-warehouse Prefect flow: every bundled input under data/ is read, normalized "
                                     "(polars), validated (Great Expectations suites in expectations/) and loaded (DuckDB). "
                                     "Unchanged files are recorded no-ops, so a re-run is quick and adds no duplicates.")
    _warehouse_arg(run)
    run.add_argument("--data-dir", metavar="DIR", default=None, help="read articles/, trade/, tariffs/ from DIR instead of data/")

    ingest = sub.add_parser("ingest", help="load files of one kind into the warehouse", epilog=EPILOG,
                            description="Ingest files or folders of one kind. Rows failing a row-level expectation go to the "
                                        "quarantine table with their reasons; a file failing a table-level expectation loads nothing.")
    ingest.add_argument("kind", choices=["articles", "trade", "tariffs"])
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    ingest.add_argument("--format", dest="fmt", default="auto",
                        help="trade format: auto (from the header), canonical, comtrade, comtrade-legacy, baci, census")
    ingest.add_argument("--country-codes", metavar="FILE", default=None,
                        help="BACI country_codes_V*.csv (default: the one beside the data file)")
    _warehouse_arg(ingest)

    extract = sub.add_parser("extract", help="article facts as JSON on stdout (no warehouse)", epilog=EPILOG,
                             description="Read one article (.txt/.md with optional YAML front matter, .html, .json) and print "
                                         "its tariffs, trade values, quotes, people and countries as JSON.")
    extract.add_argument("file", metavar="FILE")

    sql = sub.add_parser("sql", help="run a read-only SQL query", epilog=EPILOG,
                         description="Query the warehouse read-only with external file access disabled: a query cannot write, "
                                     "COPY to a file, or read files. Views: claim_check, tariff_exposure, bilateral_balance, trade_trend.")
    sql.add_argument("query", metavar="QUERY")
    sql.add_argument("--format", dest="fmt", choices=["table", "csv", "json"], default="table")
    _warehouse_arg(sql)

    validate = sub.add_parser("validate", help="re-run the expectation suites on the warehouse tables", epilog=EPILOG)
    _warehouse_arg(validate)
    status = sub.add_parser("status", help="last loads, quarantine counts, where the Data Docs are", epilog=EPILOG)
    _warehouse_arg(status)
    export = sub.add_parser("export", help="write every table and view as Parquet (zstd)", epilog=EPILOG)
    export.add_argument("--parquet", metavar="DIR", required=True, help="output folder (one file per table/view)")
    _warehouse_arg(export)
    report = sub.add_parser("report", help="write the self-contained HTML report", epilog=EPILOG,
                            description="Charts and tables of the warehouse views in one offline HTML file.")
    report.add_argument("--out", metavar="DIR", default=None, help="output folder (default: warehouse/report/ beside the warehouse)")
    _warehouse_arg(report)

    deploy = sub.add_parser("deploy", help="register the scheduled deployments with a running Prefect server", epilog=EPILOG,
                            description="Register ingest-inbox (hourly) and build-warehouse (weekly) with their cron schedules "
                                        "against PREFECT_API_URL (start one with `make server`), then return.")
    _warehouse_arg(deploy)
    serve = sub.add_parser("serve", help="serve the scheduled deployments in the foreground", epilog=EPILOG,
                           description="Serve ingest-inbox and build-warehouse on their schedules until interrupted "
                                       "(needs a Prefect server: `make server`).")
    _warehouse_arg(serve)
    return parser


# --- output ------------------------------------------------------------------------------------------

_PLAIN_INTEGER = re.compile(r"(^|_)(year|month|id|code|number|position|rank|version)s?$")


def cell(column: str, value) -> str:
    """A value as the table format shows it: amounts and counts with thousands separators, years and codes
    as they are, small decimals without trailing zeros (csv and json keep the raw values)."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int):
        return str(value) if _PLAIN_INTEGER.search(column.lower()) else f"{value:,}"
    return f"{value:,.2f}" if abs(value) >= 1000 else f"{value:.8g}"


def print_frame(frame, title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    for name, dtype in zip(frame.columns, frame.dtypes):
        table.add_column(name, justify="right" if dtype.is_numeric() else "left", overflow="fold")
    for row in frame.iter_rows():
        table.add_row(*(cell(name, value) for name, value in zip(frame.columns, row)))
    Console(width=max(120, shutil.get_terminal_size((160, 40)).columns)).print(table)


def print_outcomes(outcomes, warehouse: Path) -> None:
    import polars as pl

    from tariffscope.pipeline import summary_frame

    by_table = summary_frame(outcomes).group_by("table", maintain_order=True).agg(
        files=pl.col("file").n_unique(), rows_in=pl.col("rows_in").sum(), loaded=pl.col("loaded").sum(),
        quarantined=pl.col("quarantined").sum(), filtered=pl.col("filtered").sum(),
        status=pl.col("status").unique().sort().str.join(","),
        passed=pl.col("checks_passed").sum(), total=pl.col("checks_total").sum(),
    ).with_columns(
        validation=pl.when(pl.col("total") == 0).then(
            pl.when(pl.col("status").str.contains("failed")).then(pl.lit("not run (unreadable)")).otherwise(pl.lit("not run (unchanged)")))
        .otherwise(pl.format("{}/{} expectations passed", "passed", "total"))
    ).drop("passed", "total")
    from tariffscope.warehouse import row_counts

    counts = row_counts(warehouse)
    by_table = by_table.with_columns(rows_now=pl.col("table").replace_strict(counts, default=None, return_dtype=pl.Int64))
    print_frame(by_table, title=f"Loaded into {warehouse}")
    for o in outcomes:
        if o.status in ("failed", "rejected"):
            print(f"{o.status.upper()}: {o.message}", file=sys.stderr)


# --- commands ----------------------------------------------------------------------------------------

def cmd_run(args) -> int:
    quiet_prefect_defaults()
    from flows.build_warehouse import build_warehouse
    from tariffscope.pipeline import exit_code
    from tariffscope.report.build import default_out_dir
    from tariffscope.validate import docs_dir

    target = warehouse_path(args.warehouse)
    print(f"Building {target} from {args.data_dir or 'data/'} (Prefect flow build-warehouse)...", flush=True)
    started = time.time()
    outcomes = build_warehouse(warehouse=str(target), data_dir=args.data_dir, verbose=True)
    print_outcomes(outcomes, target)
    print(f"Data Docs: {docs_dir(target) / 'index.html'}")
    report = default_out_dir(target) / "index.html"
    fresh = report.exists() and report.stat().st_mtime >= started
    print(f"Report:    {report}" if fresh else "Report:    not written this run (see the messages above)")
    return exit_code(outcomes)


def cmd_ingest(args) -> int:
    quiet_prefect_defaults()
    from flows.ingest import ingest_files
    from tariffscope.pipeline import exit_code

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    target = warehouse_path(args.warehouse)
    options = {"country_codes": args.country_codes} if args.country_codes else {}
    outcomes = ingest_files(args.kind, [str(p) for p in args.paths], warehouse=str(target), fmt=args.fmt,
                            options=options, verbose=True)
    if not outcomes:
        print(f"no {args.kind} files found in {' '.join(args.paths)}", file=sys.stderr)
        return 2
    print_outcomes(outcomes, target)
    return exit_code(outcomes)


def cmd_extract(args) -> int:
    from tariffscope.articles import extract_facts, read_article

    print(json.dumps(extract_facts(read_article(Path(args.file))), ensure_ascii=False, indent=2))
    return 0


SQL_TABLE_ROWS = 500


def cmd_sql(args) -> int:
    from tariffscope.warehouse import query

    frame = query(warehouse_path(args.warehouse), args.query)
    if args.fmt == "csv":
        sys.stdout.write(frame.write_csv())
    elif args.fmt == "json":
        sys.stdout.write(json.dumps(frame.to_dicts(), default=str, ensure_ascii=False) + "\n")
    else:
        shown = frame.head(SQL_TABLE_ROWS)
        print_frame(shown)
        if frame.height > shown.height:
            print(f"({frame.height:,} rows, the first {shown.height:,} shown: --format csv or json prints all)")
    return 0


def cmd_validate(args) -> int:
    from tariffscope.validate import build_data_docs
    from tariffscope.warehouse import revalidate

    target = warehouse_path(args.warehouse)
    outcomes = revalidate(target)
    import polars as pl

    frame = pl.DataFrame([{"table": o.table, "expectation": o.expectation, "level": o.level,
                           "success": o.success, "unexpected": o.unexpected_count} for o in outcomes])
    print_frame(frame, title=f"Suites re-run on {target}")
    docs = build_data_docs(target)
    print(f"Data Docs: {docs}")
    return 1 if any(not o.success and o.level == "table" for o in outcomes) else 0


def cmd_status(args) -> int:
    from tariffscope.validate import docs_dir
    from tariffscope.warehouse import status_frames

    target = warehouse_path(args.warehouse)
    for title, frame in status_frames(target).items():
        print_frame(frame, title=title)
    docs = docs_dir(target) / "index.html"
    print(f"Data Docs: {docs}" + ("" if docs.exists() else " (not built yet: run `tariffscope run`)"))
    from tariffscope.report.build import default_out_dir

    report = default_out_dir(target) / "index.html"
    print(f"Report:    {report}" + ("" if report.exists() else " (not written yet: `tariffscope report` or `tariffscope run`)"))
    if prefect_server():
        print_next_runs()
    return 0


# --- Prefect server (scheduling) -----------------------------------------------------------------------

NO_SERVER = ("no Prefect server reachable{where}: start one with `make server`, then "
             "`export PREFECT_API_URL=http://127.0.0.1:4200/api` and run this again")


def prefect_server(timeout: float = 1.5) -> str | None:
    """PREFECT_API_URL when it is set and answers /health within `timeout` seconds (no Prefect import)."""
    import os
    import urllib.request

    url = os.environ.get("PREFECT_API_URL", "").rstrip("/")
    if not url:
        return None
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as response:
            return url if response.status == 200 else None
    except (OSError, ValueError):
        return None


def print_next_runs() -> None:
    import os

    quiet_prefect_defaults()
    try:
        import polars as pl

        from flows.deployments import next_runs

        rows = next_runs()
    except Exception as exc:  # the server answered /health but not this: say so, do not fail status
        print(f"Next scheduled runs: not available ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})")
        return
    if rows:
        print_frame(pl.DataFrame(rows), title=f"Next scheduled runs ({os.environ['PREFECT_API_URL']})")
    else:
        print("Next scheduled runs: no deployments on the server (run `tariffscope deploy`)")


def cmd_export(args) -> int:
    from tariffscope.warehouse import export_parquet

    for path, rows in export_parquet(warehouse_path(args.warehouse), Path(args.parquet)):
        print(f"{rows:>10,}  {path}")
    return 0


def cmd_report(args) -> int:
    from tariffscope.report import render_report

    path = render_report(warehouse_path(args.warehouse), Path(args.out) if args.out else None)
    print(f"Report: {path}")
    return 0


def _require_server() -> bool:
    import os

    if prefect_server():
        return True
    url = os.environ.get("PREFECT_API_URL")
    print("error: " + NO_SERVER.format(where=f" at PREFECT_API_URL={url}" if url else " (PREFECT_API_URL is not set)"),
          file=sys.stderr)
    return False


def cmd_deploy(args) -> int:
    if not _require_server():
        return 2
    quiet_prefect_defaults()
    from flows.deployments import deploy_all

    return deploy_all(warehouse=str(warehouse_path(args.warehouse)))


def cmd_serve(args) -> int:
    if not _require_server():
        return 2
    import os

    os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "true")  # scheduled runs: warnings and errors in the UI
    os.environ.setdefault("PREFECT_RUNNER_POLL_FREQUENCY", "2")  # a run triggered by hand starts within ~2 s (default 10)
    quiet_prefect_defaults()
    from flows.deployments import serve_all

    return serve_all(warehouse=str(warehouse_path(args.warehouse)))


COMMANDS = {"run": cmd_run, "ingest": cmd_ingest, "extract": cmd_extract, "sql": cmd_sql,
            "validate": cmd_validate, "status": cmd_status, "export": cmd_export, "report": cmd_report,
            "deploy": cmd_deploy, "serve": cmd_serve}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from tariffscope.source import SourceError
    from tariffscope.warehouse import WarehouseError

    try:
        from tariffscope.articles import ArticleError
    except ImportError:  # the article package is optional for every other command
        ArticleError = SourceError  # noqa: N806
    import duckdb

    try:
        return COMMANDS[args.command](args)
    except (SourceError, WarehouseError, ArticleError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except duckdb.Error as exc:
        print(f"error: {type(exc).__name__}: {str(exc).strip()}", file=sys.stderr)
        return 2
    except OSError as exc:  # an I/O error that outlasted the retries; committed loads stay committed
        print(f"error: {exc.filename or ''}{': ' if exc.filename else ''}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: the warehouse keeps its last committed state", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
