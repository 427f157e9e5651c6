"""Shared fixtures. No Prefect here: the test harness starts only for tests/flows/ (see its conftest)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tariffscope import pipeline


def build_with_library(warehouse: Path, kinds=pipeline.BUILD_KINDS) -> list[pipeline.Outcome]:
    """The build-warehouse steps without Prefect: pipeline.build, the per-file path the flows run as tasks
    (the flow itself is tested in tests/flows/)."""
    return pipeline.build(warehouse, kinds=kinds)


@pytest.fixture(scope="session")
def bundled_warehouse(tmp_path_factory) -> Path:
    """The bundled data loaded once per session; tests only read it."""
    path = tmp_path_factory.mktemp("bundled") / "tariffscope.duckdb"
    outcomes = build_with_library(path)
    assert {o.status for o in outcomes} == {"loaded"}, [o for o in outcomes if o.status != "loaded"]
    return path


@pytest.fixture
def read_db(bundled_warehouse):
    con = duckdb.connect(str(bundled_warehouse), read_only=True)
    yield con
    con.close()


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text.lstrip("\n"), encoding="utf-8")
    return path


@pytest.fixture
def csv_file(tmp_path):
    """csv_file("name.csv", "a,b\\n1,2") -> Path, written under a fresh tmp dir."""
    return lambda name, text: write_csv(tmp_path / name, text)
