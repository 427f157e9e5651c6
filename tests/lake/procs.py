"""Real `tariffscope` command lines for the lake tests: started with Popen, every process they start collected by
PID (from /proc) while they run, and ended by PID in the tests' finally blocks. `run` and `ingest` talk to the
session's Prefect server when given its API URL (else each starts Prefect's temporary API, tens of seconds on a
busy machine)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.procs import alive, descendants

BIN = Path(sys.executable).parent
TIMEOUT_S = 600


def open_files(pid: int) -> set[str]:
    names = set()
    try:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                names.add(os.readlink(fd))
            except OSError:
                continue
    except OSError:
        pass
    return names


class Commands:
    """Starts `tariffscope ARGS` with a cwd and environment; remembers every PID it or its children had."""

    def __init__(self, cwd: Path, api_url: str | None = None, env: dict[str, str] | None = None):
        self.cwd = cwd
        self.env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | (env or {})
        if api_url:
            self.env["PREFECT_API_URL"] = api_url
        self.started: list[subprocess.Popen] = []
        self.seen: set[int] = set()

    def start(self, *args: str, stdin=subprocess.DEVNULL) -> subprocess.Popen:
        process = subprocess.Popen([str(BIN / "tariffscope"), *args], cwd=self.cwd, env=self.env, text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=stdin)
        self.started.append(process)
        return process

    def watch(self) -> set[int]:
        for process in self.started:
            if process.poll() is None:
                self.seen |= descendants(process.pid)
        return self.seen

    def wait(self, process: subprocess.Popen, timeout: float = TIMEOUT_S) -> tuple[int, str, str]:
        out, err = process.communicate(timeout=timeout)
        return process.returncode, out, err

    def run(self, *args: str, timeout: float = TIMEOUT_S) -> tuple[int, str, str]:
        return self.wait(self.start(*args), timeout)

    def sql_on(self, target: list[str], query: str) -> list[dict]:
        """`tariffscope sql QUERY --format json` on a warehouse target; the result's rows."""
        return self.sql_script(target, [query])[0]

    def sql_script(self, target: list[str], queries: list[str]) -> list[list[dict]]:
        """Several queries in one `tariffscope sql -` (one process): the rows of each, in order."""
        process = self.start("sql", "-", "--format", "json", *target, stdin=subprocess.PIPE)
        out, err = process.communicate(";\n".join(queries) + ";\n", timeout=TIMEOUT_S)
        assert process.returncode == 0, f"{queries}\n{err}"
        results = [json.loads(line) for line in out.splitlines() if line.strip()]
        assert len(results) == len(queries), out
        return results

    def kill(self, pid: int, sig: int = signal.SIGKILL) -> None:
        """Signal one process we started (or one of its children), by PID."""
        assert pid in self.seen or pid in {p.pid for p in self.started}, f"PID {pid} is not ours"
        os.kill(pid, sig)

    def stop_all(self) -> None:
        """Kill by PID everything started (and every child seen) that still runs; wait until it is gone."""
        self.watch()
        for process in self.started:
            if process.poll() is None:
                process.kill()
        for pid in self.seen:
            if alive(pid):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        for process in self.started:
            try:
                process.communicate(timeout=30)
            except (subprocess.TimeoutExpired, ValueError):
                pass
        deadline = time.monotonic() + 15
        while [p for p in self.seen if alive(p)] and time.monotonic() < deadline:
            time.sleep(0.1)

    def leftovers(self) -> list[int]:
        return [p for p in self.seen if alive(p)]
