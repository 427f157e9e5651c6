"""tariffscope command line. Exit codes: 0 success, 1 data refused by a table-level expectation, 2 usage error
or unreadable input, 130 interrupted. Errors are one or two lines on stderr (a traceback only with -v).

This module never imports Prefect or the flow package. `run`, `ingest`, `deploy` and `serve` check their
arguments and whether anything changed here first; only then do they start the flow layer's one door,
`python -m tariffscope_flows.launch`, as a supervised child process (tariffscope/supervise.py).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from pathlib import Path

from tariffscope.output import cell, print_frame  # noqa: F401 - re-exported for callers of the old API
from tariffscope.settings import DEFAULT_WAREHOUSE, docs_dir, report_dir, warehouse_path
from tariffscope.sqlfiles import statement

EPILOG = ("Exit codes: 0 success; 1 data failed validation at table level (nothing loaded from that source); "
          "2 usage or unreadable input; 130 interrupted.")
FLOW_DOOR = "tariffscope_flows.launch"  # the flow layer's entry module, started as `python -m tariffscope_flows.launch`
INTERRUPTED = "interrupted: the warehouse keeps its last committed state"
TRADE_FORMATS = ("auto", "canonical", "comtrade", "comtrade-legacy", "baci", "census")


class Parser(argparse.ArgumentParser):
    """argparse with two-line usage errors: what is wrong, and where the help is."""

    def error(self, message: str):
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        print(f"see `{self.prog} --help`", file=sys.stderr)
        sys.exit(2)


class IngestParser(Parser):
    """`ingest --help` ends with the canonical columns and each trade format's header (read from the readers)."""

    def format_help(self) -> str:
        from tariffscope.trade import EXPECTED_COLUMNS, TRADE_FLOW_COLUMNS

        formats = "\n".join(f"  {name:<16} {', '.join(columns)}" for name, columns in EXPECTED_COLUMNS.items())
        return (super().format_help() + "\ntrade_flow columns (what every trade format is mapped onto):\n  "
                + ", ".join(TRADE_FLOW_COLUMNS) + "\n\ntrade formats and the header columns each needs (auto picks "
                "the first that matches; a | means either):\n" + formats + "\n")


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("tariffscope")
    except Exception:  # noqa: BLE001 - running from a source tree without an installed distribution
        from tariffscope import __version__

        return __version__


def _global_options(sub: bool) -> argparse.ArgumentParser:
    """--warehouse, -q, -v: accepted before the command and after it (there they win)."""
    default = (lambda value: argparse.SUPPRESS) if sub else (lambda value: value)
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--warehouse", metavar="W", default=default(None),
                         help="a DuckDB file, ducklake:PATH.ducklake or ducklake:postgres:\"dbname=... host=... user=...\" "
                              "(default: $TARIFFSCOPE_WAREHOUSE or "
                              f"{DEFAULT_WAREHOUSE.relative_to(DEFAULT_WAREHOUSE.parents[1])})")
    options.add_argument("--data-path", metavar="DIR", default=default(None),
                         help="where a new DuckLake keeps its Parquet files (default: $TARIFFSCOPE_DATA_PATH, else "
                              "beside the catalog file; an existing lake keeps its own)")
    options.add_argument("-q", "--quiet", action="store_true", default=default(False),
                         help="print only errors (and the data a command is asked for)")
    options.add_argument("-v", "--verbose", action="count", default=default(0),
                         help="tracebacks on errors; -v also shows Prefect's warnings, -vv its info logs")
    return options


def build_parser() -> Parser:
    parser = Parser(
        prog="tariffscope", parents=[_global_options(sub=False)], epilog=EPILOG,
        description="Trade-policy news and official trade statistics in one DuckDB warehouse; every article "
                    "claim checked against the figures (claim_check), every tariff sized against the trade it hits (tariff_exposure).")
    parser.add_argument("--version", action="version", version=f"tariffscope {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=Parser)
    common = [_global_options(sub=True)]

    def command(name: str, help: str, description: str | None = None, parser_class=Parser):
        sub._parser_class = parser_class  # argparse's add_parser takes no class of its own
        try:
            return sub.add_parser(name, help=help, description=description or help[0].upper() + help[1:] + ".",
                                  epilog=EPILOG, parents=common)
        finally:
            sub._parser_class = Parser

    _load_commands(command)
    _query_commands(command)
    _warehouse_commands(command)
    return parser


def _load_commands(command) -> None:
    run = command("run", "build the warehouse from data/ (the main job)",
                  "Run the build-warehouse Prefect flow: every input under data/ is read, normalized (polars), validated "
                  "(Great Expectations suites in expectations/) and loaded (DuckDB). When every input is unchanged (same "
                  "content, kind, format and reader version as its last load) it says so in about a second, without "
                  "starting Prefect, and writes nothing.")
    run.add_argument("--data-dir", metavar="DIR", default=None, help="read articles/, trade/, tariffs/ from DIR instead of data/")
    run.add_argument("--output", choices=["table", "json"], default="table", help="the outcome as a table or as JSON")
    _fan_out_options(run)

    ingest = command("ingest", "load files of one kind into the warehouse",
                     "Ingest files or folders of one kind. Rows failing a row-level expectation go to the quarantine "
                     "table with their reasons; a file failing a table-level expectation loads nothing. A file loaded "
                     "before with the same content, kind, format and reader version is not read again.",
                     parser_class=IngestParser)
    ingest.add_argument("kind", choices=["articles", "trade", "tariffs"])
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    ingest.add_argument("--format", dest="fmt", default="auto", choices=TRADE_FORMATS,
                        help="trade input format (default auto: from the header; see below)")
    ingest.add_argument("--country-codes", metavar="FILE", default=None,
                        help="BACI country_codes_V*.csv (default: the one beside the data file)")
    ingest.add_argument("--output", choices=["table", "json"], default="table",
                        help="the outcome as a table or as JSON (--format names the input format)")
    _fan_out_options(ingest)


def _fan_out_options(parser) -> None:
    parser.add_argument("--workers", metavar="N", type=int, default=None,
                        help="read, normalize and validate files on a local Dask cluster of N worker processes "
                             "(Prefect's DaskTaskRunner); loads stay in one process, one commit per file, in file order")
    parser.add_argument("--dask-address", metavar="tcp://HOST:8786", default=None,
                        help="the same on an existing Dask cluster (its workers must see the input files at the same "
                             "paths and reach PREFECT_API_URL)")



def _query_commands(command) -> None:
    extract = command("extract", "article facts as JSON on stdout (no warehouse)",
                      "Read one article (.txt/.md with optional YAML front matter, .html, .json) and print its tariffs, "
                      "trade values, quotes, people and countries as JSON.")
    extract.add_argument("file", metavar="FILE")

    from tariffscope.sqlout import FORMATS

    sql = command("sql", "run read-only SQL (an argument, - for stdin, or -f FILE)",
                  "Run every statement of a query or script read-only, with external file access disabled (a query "
                  "cannot write, COPY to a file, read files or attach databases), and show each result. Views: "
                  "claim_check, tariff_exposure, bilateral_balance, trade_trend. Formats: table (the first 500 rows), "
                  "csv (lists and structs as JSON text, nan/inf as such), json (one array of objects per result, one "
                  "per line; NaN and infinities as null), markdown, parquet (binary, one result, to a redirected "
                  "stdout). Intervals are written as DuckDB's text in every format.")
    sql.add_argument("query", metavar="QUERY", nargs="?", default=None, help="SQL text, or - to read it from stdin")
    sql.add_argument("-f", "--file", metavar="FILE", default=None, help="read the SQL from FILE")
    sql.add_argument("--format", dest="fmt", choices=FORMATS, default="table")

    command("tables", "list the tables and views with their row and column counts")
    describe = command("describe", "the columns of a table or view: name, type, nullable")
    describe.add_argument("table", metavar="TABLE")



def _warehouse_commands(command) -> None:
    validate = command("validate", "re-run the expectation suites on the warehouse tables")
    validate.add_argument("--format", dest="fmt", choices=["table", "json"], default="table")
    status = command("status", "last loads, rows per table, quarantine, where the Data Docs and report are")
    status.add_argument("--format", dest="fmt", choices=["table", "json"], default="table")
    export = command("export", "write every table and view as Parquet (zstd)")
    export.add_argument("--parquet", metavar="DIR", required=True, help="output folder (one file per table/view)")
    report = command("report", "write the self-contained HTML report",
                     "Charts and tables of the warehouse views in one offline HTML file.")
    report.add_argument("--out", metavar="DIR", default=None, help="output folder (default: report/ beside the warehouse)")
    migrate = command("migrate", "copy the --warehouse DuckDB file into a new, empty DuckLake (or file)",
                      "Copy every table of the --warehouse DuckDB file (facts, load_audit, quarantine, validation_result, "
                      "dimensions) into the empty warehouse named by --to, in one transaction, then compare the rows of "
                      "every table. --data-path chooses where the new lake keeps its Parquet files.")
    migrate.add_argument("--to", metavar="W", required=True,
                         help="ducklake:PATH.ducklake, ducklake:postgres:\"dbname=... host=...\" or a new DuckDB file")

    command("deploy", "register the scheduled deployments with a running Prefect server",
            "Register ingest-inbox (hourly) and build-warehouse (weekly) with their cron schedules against "
            "PREFECT_API_URL (start one with `make server`), then return.")
    command("serve", "serve the scheduled deployments in the foreground",
            "Serve ingest-inbox and build-warehouse on their schedules until interrupted (needs a Prefect server: "
            "`make server` and PREFECT_API_URL).")


# --- the door into the flow layer ----------------------------------------------------------------------

def _target(args):
    """The warehouse of this command (tariffscope/target.py): --warehouse/--data-path, else their variables."""
    return warehouse_path(args.warehouse, getattr(args, "data_path", None))


def launch(args, command: str, **fields) -> int:
    """Run `command` in the flow layer (a supervised child process); its exit code is ours.  On Ctrl-C the child is
    asked to stop with SIGINT: Prefect's flow engine puts its own SIGTERM handler in place while a flow runs (one that
    raises inside whatever code is executing, a traceback on stderr), and leaves SIGINT to the child (flows/launch.py);
    `serve` pauses its schedules on SIGINT."""
    from tariffscope.supervise import run_child

    target = _target(args)
    request = {"command": command, "warehouse": str(target), "verbosity": args.verbose,
               "quiet": args.quiet, **fields}
    # a lake's chosen data path travels as the variable every later parse reads (the request names the catalog)
    env = {**os.environ, "TARIFFSCOPE_DATA_PATH": target.data_path} if getattr(target, "data_path", None) else None
    return run_child([sys.executable, "-m", FLOW_DOOR, json.dumps(request)], stop_signal=signal.SIGINT, env=env)


def print_up_to_date(target: Path, inputs, output: str, quiet: bool) -> None:
    """'Up to date' with rows per table now, and nothing run."""
    from collections import Counter

    from tariffscope.output import print_json, print_rows
    from tariffscope.warehouse import row_counts

    files = Counter(i.table for i in inputs)
    counts = row_counts(target)
    rows = [(table, n, counts.get(table)) for table, n in files.items()]
    if output == "json":
        print_json({"warehouse": str(target), "status": "up to date", "inputs": len(inputs),
                    "tables": [{"table": t, "files": n, "rows_now": r} for t, n, r in rows]})
    elif not quiet:
        print(f"Up to date: all {len(inputs)} inputs are unchanged since their last load (same content, kind, format "
              f"and reader version); nothing to run, nothing written.")
        print_rows(["table", "files", "rows_now"], rows, [False, True, True], title=f"Warehouse {target}")


def fan_out(args) -> dict:
    """--workers / --dask-address for the flow request, checked before anything runs."""
    from tariffscope import plan

    if args.workers is not None and args.workers < 1:
        raise plan.UsageError(f"--workers {args.workers}: must be 1 or more")
    if args.dask_address is not None and "://" not in args.dask_address:
        raise plan.UsageError(f"--dask-address {args.dask_address}: expected a scheduler address like tcp://HOST:8786")
    return {k: v for k, v in (("workers", args.workers), ("dask_address", args.dask_address)) if v is not None}


def cmd_run(args) -> int:
    from tariffscope import plan

    fan_out(args)

    root = plan.data_root(args.data_dir)
    target = _target(args)
    inputs = plan.run_inputs(root)
    if plan.up_to_date(target, inputs):
        plan.refresh_views_if_stale(target)
        print_up_to_date(target, inputs, args.output, args.quiet)
        if not (report_dir(target) / "index.html").exists():  # deleted since: the only thing left to do
            from tariffscope.report import render_report

            path = render_report(target)
            if not args.quiet and args.output != "json":
                print(f"Report:    {path} (written again: it was missing)")
        return 0
    if not args.quiet and args.output != "json":
        print(f"Building {target} from {args.data_dir or 'data/'} (Prefect flow build-warehouse)...", flush=True)
    return launch(args, "run", data_dir=str(root) if args.data_dir else None, output=args.output, **fan_out(args))


def cmd_ingest(args) -> int:
    from tariffscope import plan

    fan_out(args)
    plan.existing_paths(args.paths)
    if args.country_codes and not Path(args.country_codes).is_file():
        raise plan.UsageError(f"--country-codes {args.country_codes}: no such file")
    inputs = plan.file_inputs(args.kind, args.paths, args.fmt)
    if not inputs:
        raise plan.UsageError(f"no {args.kind} files found in {' '.join(args.paths)}")
    target = _target(args)
    if plan.up_to_date(target, inputs):
        plan.refresh_views_if_stale(target)
        print_up_to_date(target, inputs, args.output, args.quiet)
        return 0
    options = {"country_codes": args.country_codes} if args.country_codes else {}
    return launch(args, "ingest", kind=args.kind, paths=[str(Path(p).resolve()) for p in args.paths], fmt=args.fmt,
                  options=options, output=args.output, **fan_out(args))


def cmd_extract(args) -> int:
    from tariffscope.articles import extract_facts, read_article

    print(json.dumps(extract_facts(read_article(Path(args.file))), ensure_ascii=False, indent=2))
    return 0


SQL_TABLE_ROWS = 500


def sql_text(args) -> str:
    from tariffscope.plan import UsageError

    if args.file and args.query:
        raise UsageError("give the SQL as an argument, as - (stdin) or with -f FILE, not two of them")
    if args.file:
        try:
            return Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"-f {args.file}: {exc.strerror or exc}") from exc
    if args.query == "-":
        return sys.stdin.read()
    if args.query is None:
        raise UsageError("no SQL: give it as an argument, as - (stdin) or with -f FILE")
    return args.query


def cmd_sql(args) -> int:
    from tariffscope import sqlout
    from tariffscope.plan import UsageError

    script = sql_text(args)
    if args.fmt == "parquet" and sys.stdout.isatty():
        raise UsageError("--format parquet writes binary data: redirect stdout to a file (> result.parquet)")
    results = sqlout.run_script(_target(args), script, arrow=args.fmt == "parquet")
    if args.fmt == "parquet":
        sys.stdout.buffer.write(sqlout.to_parquet(results))
    elif args.fmt == "table":
        from tariffscope.output import print_rows

        for result in results:
            print_rows(result.columns, result.rows[:SQL_TABLE_ROWS], [result.is_numeric(i) for i in range(len(result.columns))])
            if len(result.rows) > SQL_TABLE_ROWS:
                print(f"({len(result.rows):,} rows, the first {SQL_TABLE_ROWS:,} shown: --format csv or json prints all)")
    else:
        sys.stdout.write(sqlout.render(results, args.fmt))
    return 0


def _cli_sql(name: str) -> str:
    return statement(f"cli/{name}")  # the one SQL loader (package data in a wheel, cached)


def cmd_tables(args) -> int:
    from tariffscope.output import print_rows
    from tariffscope.sqlout import run_script

    [result] = run_script(_target(args), _cli_sql("tables"))
    print_rows(result.columns, result.rows, [result.is_numeric(i) for i in range(len(result.columns))])
    return 0


def cmd_describe(args) -> int:
    from tariffscope.output import print_rows
    from tariffscope.plan import UsageError
    from tariffscope.warehouse import reading

    with reading(_target(args), sandboxed=True) as con:
        relation = con.sql(_cli_sql("describe"), params=[args.table])
        columns, rows = relation.columns, relation.fetchall()
    if not rows:
        raise UsageError(f"no table or view named {args.table!r} (`tariffscope tables` lists them)")
    print_rows(columns, rows, [False] * len(columns), title=args.table)
    return 0


def cmd_validate(args) -> int:
    import polars as pl

    from tariffscope.output import frame_json, print_frame, print_json
    from tariffscope.validate import build_data_docs
    from tariffscope.pipeline import revalidate

    target = _target(args)
    outcomes = revalidate(target)
    frame = pl.DataFrame([{"table": o.table, "expectation": o.expectation, "level": o.level,
                           "success": o.success, "unexpected": o.unexpected_count} for o in outcomes])
    docs = build_data_docs(target)
    failed = [o for o in outcomes if not o.success]
    table_level = sum(o.level == "table" for o in failed)
    summary = (f"validate: {len(outcomes) - len(failed)}/{len(outcomes)} expectations passed on "
               f"{len({o.table for o in outcomes})} tables; {len(failed)} failed ({table_level} table-level)")
    if args.fmt == "json":
        print_json({"warehouse": str(target), "summary": summary, "data_docs": str(docs) if docs else None,
                    "expectations": frame_json(frame)})
    else:
        if not args.quiet:
            print_frame(frame, title=f"Suites re-run on {target}")
            print(f"Data Docs: {docs}")
        print(summary)
    return 1 if table_level else 0


def cmd_status(args) -> int:
    from tariffscope.output import frame_json, print_frame, print_json
    from tariffscope.warehouse import status_frames

    target = _target(args)
    if target.exists():  # views the installed sql/ defines since this file was last written (e.g. load_effective)
        from tariffscope import plan
        plan.refresh_views_if_stale(target)
    frames = status_frames(target)
    docs, report = docs_dir(target) / "index.html", report_dir(target) / "index.html"
    server = prefect_server()
    if args.fmt == "json":
        print_json({"warehouse": str(target), **{title: frame_json(f) for title, f in frames.items()},
                    "data_docs": str(docs) if docs.exists() else None, "report": str(report) if report.exists() else None,
                    "prefect_api": server})
        return 0
    for title, frame in frames.items():
        print_frame(frame, title=title)
    print(f"Data Docs: {docs}" + ("" if docs.exists() else " (not built yet: run `tariffscope run`)"))
    print(f"Report:    {report}" + ("" if report.exists() else " (not written yet: `tariffscope report` or `tariffscope run`)"))
    if server:
        sys.stdout.flush()
        launch(args, "next-runs")
    return 0


# --- Prefect server (scheduling) -----------------------------------------------------------------------

NO_SERVER = ("no Prefect server reachable{where}: start one with `make server`, then "
             "`export PREFECT_API_URL=http://127.0.0.1:4200/api` and run this again")


def prefect_server(timeout: float = 1.5) -> str | None:
    """PREFECT_API_URL when it is set and answers /health within `timeout` seconds (no Prefect import)."""
    import urllib.request

    url = os.environ.get("PREFECT_API_URL", "").rstrip("/")
    if not url:
        return None
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as response:
            return url if response.status == 200 else None
    except (OSError, ValueError):
        return None


def cmd_export(args) -> int:
    from tariffscope.warehouse import export_parquet

    for path, rows in export_parquet(_target(args), Path(args.parquet)):
        if not args.quiet:
            print(f"{rows:>10,}  {path}")
    return 0


def cmd_report(args) -> int:
    from tariffscope.report import render_report

    from tariffscope import plan

    target = _target(args)
    if target.exists():
        plan.refresh_views_if_stale(target)
    path = render_report(target, Path(args.out) if args.out else None)
    print(f"Report: {path}")
    return 0


def cmd_migrate(args) -> int:
    from tariffscope.output import print_rows
    from tariffscope.warehouse import WarehouseError, migrate

    source, target = warehouse_path(args.warehouse), warehouse_path(args.to, args.data_path)
    copies = migrate(source, target)
    rows = [(c.table, c.rows_source, c.rows_target, "ok" if c.rows_source == c.rows_target else "DIFFERENT") for c in copies]
    if not args.quiet:
        print_rows(["table", "rows_source", "rows_target", "check"], rows, [False, True, True, False],
                   title=f"Copied {source} into {target}")
    wrong = [c.table for c in copies if c.rows_source != c.rows_target]
    if wrong:
        raise WarehouseError(f"migrate: row counts differ for {', '.join(wrong)}")
    if not args.quiet:
        print(f"migrate: {len(copies)} tables, {sum(c.rows_target for c in copies):,} rows; every count matches")
    return 0


def _require_server() -> None:
    from tariffscope.plan import UsageError

    if not prefect_server():
        url = os.environ.get("PREFECT_API_URL")
        raise UsageError(NO_SERVER.format(where=f" at PREFECT_API_URL={url}" if url else " (PREFECT_API_URL is not set)"))


def cmd_deploy(args) -> int:
    _require_server()
    return launch(args, "deploy")


def cmd_serve(args) -> int:
    _require_server()
    return launch(args, "serve")


COMMANDS = {"run": cmd_run, "ingest": cmd_ingest, "extract": cmd_extract, "sql": cmd_sql, "tables": cmd_tables,
            "describe": cmd_describe, "validate": cmd_validate, "status": cmd_status, "export": cmd_export,
            "report": cmd_report, "migrate": cmd_migrate, "deploy": cmd_deploy, "serve": cmd_serve}


def _error_line(exc: BaseException) -> str:
    import duckdb

    if isinstance(exc, duckdb.Error):
        return f"error: {type(exc).__name__}: {' '.join(str(exc).split())}"
    if isinstance(exc, OSError):
        return f"error: {exc.filename or ''}{': ' if exc.filename else ''}{exc.strerror or exc}"
    known = {"SourceError", "WarehouseError", "ArticleError", "UsageError", "SqlUsageError"}
    text = " ".join(str(exc).split()) if type(exc).__name__ in known else f"{type(exc).__name__}: {' '.join(str(exc).split())}"
    return f"error: {text}"


def _import_engines() -> None:
    """Import DuckDB and polars with Ctrl-C held back until they are in: an interrupt in the middle of a C
    extension's initialization leaves it half-registered, and the next import aborts the interpreter."""
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        return  # ignored (a background job) or handled by an embedding program: leave it be
    held: list[int] = []
    signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    try:
        import duckdb  # noqa: F401
        import polars  # noqa: F401
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if held:
        raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    verbose = False
    try:
        args = build_parser().parse_args(argv)
        verbose = bool(args.verbose)
        _import_engines()
        if hasattr(sys.stdout, "reconfigure") and (sys.stdout.encoding or "").lower().replace("-", "") != "utf8":
            sys.stdout.reconfigure(encoding="utf-8")
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - every error is one line; the traceback only with -v
        from tariffscope.supervise import Interrupted

        if isinstance(exc, Interrupted):
            print(INTERRUPTED, file=sys.stderr)
            return 130
        if verbose:
            import traceback

            traceback.print_exc()
        print(_error_line(exc), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
