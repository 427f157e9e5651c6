"""Helpers for the tests here: subprocesses and inbox files."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def stop(process: subprocess.Popen, first: int = signal.SIGTERM, grace: float = 20) -> None:
    """Signal the process's own session (it was started with start_new_session), then kill what is left."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, first)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)


def tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""


TRADE_HEADER = "reporter_iso3,partner_iso3,year,flow,value_usd,source,hs_code\n"
GOOD_TRADE = TRADE_HEADER + "USA,MEX,2024,import,136556709549,US Census,87\nUSA,CAN,2024,import,50416450000,US Census,87\n"


def drop(inbox: Path, kind: str, name: str, content: str | bytes, age_s: float = 60) -> Path:
    """Write a file into <inbox>/<kind>/ as if copied there `age_s` seconds ago."""
    path = inbox / kind / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    stamp = time.time() - age_s
    os.utime(path, (stamp, stamp))
    return path
