"""The one door from the command line into Prefect: `python -m tariffscope_flows.launch '<request as JSON>'`.

tariffscope/cli.py never imports Prefect or this package. It checks the arguments and whether anything changed
(tariffscope/plan.py), and only then starts this module as a child process (tariffscope/supervise.py), which:

- configures Prefect before importing it (quiet unless -v: Prefect's own logs appear only with -v);
- for `run` and `ingest` without PREFECT_API_URL, starts Prefect's API server itself (uvicorn, as Prefect's
  temporary server does) in this process's group, with the kernel set to kill it if this process dies, so a
  SIGKILL anywhere leaves no server behind;
- on SIGINT (sent by the command line on Ctrl-C; SIGTERM too, except while a flow runs: Prefect's engine then
  holds SIGTERM for itself) stops that server and exits 130 at once: the warehouse keeps its last committed state
  (each load is one DuckDB transaction);
- prints the run's outcome (tariffscope.output) and exits with the command line's exit code.

Request: {"command": "run"|"ingest"|"deploy"|"serve"|"next-runs", "warehouse": str, "verbosity": int,
"quiet": bool, "output": "table"|"json", ...the command's own fields}; run and ingest take "workers": N and
"dask_address": "tcp://HOST:PORT" (flows/fanout.py).
"""

from __future__ import annotations

import os
import signal

# Ctrl-C reaches this process as SIGINT from the command line (which starts it deaf to SIGINT: tariffscope/supervise.py);
# from here on, before the slow imports, it ends the process at once and quietly, until main() puts _abort in place
if __name__ == "__main__":
    signal.signal(signal.SIGINT, lambda signum, frame: os._exit(130))

import importlib.util  # noqa: E402
import json  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402
from pathlib import Path  # noqa: E402

from tariffscope.settings import WORK_ROOT, warehouse_path  # noqa: E402
from tariffscope.supervise import die_with_parent, parent_alive  # noqa: E402

API_STARTUP_TIMEOUT_S = 90
STARTUP_TIMEOUT_ENV = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"  # Prefect's knob for its own temporary API


def api_startup_timeout() -> float:
    """Seconds to wait for the temporary API: Prefect's setting when given (a busy machine), else 90."""
    try:
        return float(os.environ[STARTUP_TIMEOUT_ENV])
    except (KeyError, ValueError):
        return API_STARTUP_TIMEOUT_S


def configure_prefect(verbosity: int = 0) -> None:
    """Prefect settings for a local command-line run (set before importing prefect; explicit settings win).

    PREFECT_HOME under the project reuses the API's migrated SQLite database between runs (13.5 s fresh vs
    9 s reused); analytics off removes a 'database is locked' traceback; DO_NOT_TRACK turns off the client's
    telemetry. Prefect's own logs (task and flow states, retries, crashes) show only with -v: the command line
    reports every outcome itself, in one line per problem.
    """
    level = "INFO" if verbosity > 1 else "WARNING" if verbosity == 1 else "CRITICAL"
    defaults = {
        "PREFECT_HOME": str(WORK_ROOT / ".prefect"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_LOGGING_LEVEL": level,
        "PREFECT_SERVER_LOGGING_LEVEL": "WARNING" if verbosity else "CRITICAL",
        "PREFECT_LOGGING_TO_API_ENABLED": "false",
        # --workers: the Dask scheduler's and workers' own logs (start, stop, a slow worker killed) only with -vv
        "DASK_LOGGING__DISTRIBUTED": "info" if verbosity > 1 else "error",
    }
    for key, value in defaults.items():
        os.environ.setdefault(key, value)


class TemporaryApi:
    """Prefect's API server (uvicorn) on a free loopback port for this process only."""

    def __init__(self, verbose: bool = False):
        self.verbose = verbose
        self.process: subprocess.Popen | None = None
        self.url = ""

    def start(self) -> TemporaryApi:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/api"
        prefect_dir = Path(importlib.util.find_spec("prefect").origin).parent
        env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
        env.pop("PREFECT_API_URL", None)
        quiet = None if self.verbose else subprocess.DEVNULL
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", str(prefect_dir.parent), "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
             "--log-level", "error", "--lifespan", "on"],
            env=env, stdout=quiet, stderr=quiet, preexec_fn=lambda: die_with_parent(signal.SIGKILL))
        timeout = api_startup_timeout()
        deadline = time.monotonic() + timeout
        while not self.healthy():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"Prefect's API server did not start within {timeout:g} s "
                                   "(run with -v to see its log)")
            time.sleep(0.1)
        os.environ["PREFECT_API_URL"] = self.url
        return self

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/health", timeout=1) as response:
                return response.status == 200
        except OSError:
            return False

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


API: TemporaryApi | None = None


def _abort(signum, frame) -> None:
    """Interrupted by the command line: no unwinding through Prefect (which would report the crash to an API
    about to stop), no output; the command line prints the one line."""
    if API is not None:
        API.stop()
    os._exit(130)


def _drain_prefect() -> None:
    """Send queued events and logs while the API is still up (else the exit waits retrying them)."""
    if "prefect.logging.handlers" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=5)
    EventsWorker.drain_all(timeout=5)


# --- commands ----------------------------------------------------------------------------------------

def _print_outcomes(request: dict, outcomes, target: Path) -> None:
    from tariffscope.output import print_outcomes

    if request.get("quiet"):
        for o in outcomes:
            if o.status in ("failed", "rejected"):
                print(f"{o.status.upper()}: {o.message}", file=sys.stderr)
    else:
        print_outcomes(outcomes, target, request.get("output", "table"))


def _fan_out(request: dict) -> dict:
    """--workers N / --dask-address ADDR as flow parameters (none on the default, serial path)."""
    return {k: request[k] for k in ("workers", "dask_address") if request.get(k)}


def _with_runner(flow, request: dict):
    """The flow on Prefect's DaskTaskRunner when the request asks for workers; imports nothing of Dask otherwise."""
    if not _fan_out(request):
        return flow
    from tariffscope_flows.fanout import on_dask

    return on_dask(flow, request.get("workers"), request.get("dask_address"))


def run(request: dict) -> int:
    from tariffscope_flows.build_warehouse import build_warehouse
    from tariffscope.pipeline import exit_code
    from tariffscope.settings import docs_dir, report_dir

    target = warehouse_path(request["warehouse"])  # a DuckDB file or a lake (tariffscope/target.py)
    started = time.time()
    outcomes = _with_runner(build_warehouse, request)(
        warehouse=str(target), data_dir=request.get("data_dir"),
        verbose=not request.get("quiet") and request.get("output") != "json", **_fan_out(request))
    _print_outcomes(request, outcomes, target)
    if not request.get("quiet") and request.get("output") != "json":
        print(f"Data Docs: {docs_dir(target) / 'index.html'}")
        report = report_dir(target) / "index.html"
        fresh = report.exists() and report.stat().st_mtime >= started
        print(f"Report:    {report}" if fresh else "Report:    not written this run (see the messages above)")
    return exit_code(outcomes)


def ingest(request: dict) -> int:
    from tariffscope_flows.ingest import ingest_files
    from tariffscope.pipeline import exit_code

    target = warehouse_path(request["warehouse"])  # a DuckDB file or a lake (tariffscope/target.py)
    outcomes = _with_runner(ingest_files, request)(
        request["kind"], request["paths"], warehouse=str(target), fmt=request.get("fmt", "auto"),
        options=request.get("options") or {}, verbose=not request.get("quiet") and request.get("output") != "json",
        **_fan_out(request))
    _print_outcomes(request, outcomes, target)
    return exit_code(outcomes)


def deploy(request: dict) -> int:
    from tariffscope_flows.deployments import deploy_all

    return deploy_all(warehouse=request["warehouse"])


def serve(request: dict) -> int:
    from tariffscope_flows.deployments import serve_all

    return serve_all(warehouse=request["warehouse"])


def next_runs(request: dict) -> int:
    """The server's next scheduled runs as a table (or a one-line reason they are not available)."""
    from tariffscope.output import print_json, print_rows

    try:
        from tariffscope_flows.deployments import next_runs as read_next_runs

        rows = read_next_runs()
    except Exception as exc:  # noqa: BLE001 - the server answered /health but not this: say so, do not fail status
        print(f"Next scheduled runs: not available ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})")
        return 0
    if request.get("output") == "json":
        print_json(rows)
    elif rows:
        columns = list(rows[0])
        print_rows(columns, [tuple(r[c] for c in columns) for r in rows], [False] * len(columns),
                   title=f"Next scheduled runs ({os.environ['PREFECT_API_URL']})")
    else:
        print("Next scheduled runs: no deployments on the server (run `tariffscope deploy`)")
    return 0


COMMANDS = {"run": run, "ingest": ingest, "deploy": deploy, "serve": serve, "next-runs": next_runs}
NEEDS_API = ("run", "ingest")


def _error_line(exc: BaseException) -> str:
    from tariffscope.source import SourceError
    from tariffscope.warehouse import WarehouseError

    if isinstance(exc, (SourceError, WarehouseError)):
        return f"error: {exc}"
    if isinstance(exc, OSError):
        return f"error: {exc.filename or ''}{': ' if exc.filename else ''}{exc.strerror or exc}"
    return f"error: {type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"


def main(argv: list[str]) -> int:
    global API
    request = json.loads(argv[1])
    verbosity = int(request.get("verbosity") or 0)
    command = request["command"]
    if command == "serve":  # scheduled runs: their warnings and errors in the UI; a run triggered by hand starts within ~2 s
        os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "true")
        os.environ.setdefault("PREFECT_RUNNER_POLL_FREQUENCY", "2")
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    configure_prefect(verbosity)
    if command == "serve":  # serve pauses its schedules on SIGINT: Prefect's KeyboardInterrupt path
        signal.signal(signal.SIGINT, signal.default_int_handler)
    else:
        signal.signal(signal.SIGTERM, _abort)
        signal.signal(signal.SIGINT, _abort)
    if not parent_alive():
        return 130
    try:
        if command in NEEDS_API and not os.environ.get("PREFECT_API_URL"):
            API = TemporaryApi(verbose=verbosity > 1).start()
        return COMMANDS[command](request)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - one line for the user; the traceback only with -v
        if verbosity:
            import traceback

            traceback.print_exc()
        print(_error_line(exc), file=sys.stderr)
        return 2
    finally:
        sys.stdout.flush()
        _drain_prefect()
        if API is not None:
            API.stop()


if __name__ == "__main__":
    code = main(sys.argv)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # no interpreter teardown: Prefect's exit hooks would retry sending to the stopped API
