"""Helpers for the tests here: subprocesses and inbox files."""

from __future__ import annotations

import os
import time
from pathlib import Path

from tests.prefect_server import BIN, stop, tail  # noqa: F401 - the tests here import them from this module

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
