"""Report fixtures: the bundled warehouse rendered once per session (read-only use of `bundled_warehouse`)."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tariffscope.report import render_report


@dataclass
class Rendered:
    path: Path
    html: str
    seconds: float
    warehouse: Path


@pytest.fixture(scope="session")
def bundled_report(bundled_warehouse, tmp_path_factory) -> Rendered:
    out = tmp_path_factory.mktemp("report")
    started = time.perf_counter()
    path = render_report(bundled_warehouse, out)
    seconds = time.perf_counter() - started
    return Rendered(path, path.read_text(encoding="utf-8"), seconds, bundled_warehouse)


@pytest.fixture
def warehouse_copy(bundled_warehouse, tmp_path) -> Path:
    """A private, writable copy of the bundled warehouse (for tests that change its contents)."""
    target = tmp_path / "copy" / "tariffscope.duckdb"
    target.parent.mkdir()
    shutil.copy(bundled_warehouse, target)
    return target
