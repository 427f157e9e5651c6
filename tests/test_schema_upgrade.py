"""A warehouse built by an older release upgrades in place, no row lost: the release before the trade_flow split
(commit ef6242b: one wide table), the one before its per-file columns moved into trade_flow_origin (1c92643) and the
one before reporter_iso3, partner_iso3 and hs_code were stored as numbers (1f82795, sql/schema/009).

The old warehouse is built by the old code itself: `git archive` of that commit's library, SQL, suites and
bundled data into a temporary folder, run in a subprocess with that folder first on the path.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import duckdb
import pytest

from tariffscope import pipeline
from tariffscope import warehouse as wh
from tariffscope.settings import PROJECT_ROOT

# commit -> schema scripts it has: the last with trade_flow as one wide table; the last with month, flow, hs_level
# and quantity_unit in trade_flow_fact (sql/schema/008); the last with the ISO3 and HS codes as text in it (009)
OLD_RELEASES = {"ef6242b": 4, "1c92643": 7, "1f82795": 8}
BUILD_OLD = """
import sys
from tariffscope import pipeline, warehouse
from tariffscope.validate import validate_source
target = sys.argv[1]
outcomes = [pipeline.load(validate_source(s), target, "reference") for s in pipeline.reference_sources()]
for kind in ("trade", "tariffs", "articles"):
    outcomes += [pipeline.ingest_file(kind, p, target) for p in pipeline.bundled_paths(kind)]
assert {o.status for o in outcomes} == {"loaded"}, outcomes
print(len(warehouse.schema_scripts()))
"""
TRADE_ROWS = "select * from trade_flow order by all"
HS87 = ("select round(sum(value_usd) / 1e9, 2) from trade_flow where reporter_iso3 = 'USA' and partner_iso3 = 'MEX' "
        "and year = 2024 and flow = 'import' and hs_code = '87'")


def old_release(tmp: Path, release: str) -> Path:
    """The old release's files (library, SQL, suites, bundled data) under tmp/old, or skip without git."""
    git = shutil.which("git")
    if git is None or subprocess.run([git, "cat-file", "-e", f"{release}^{{commit}}"], cwd=PROJECT_ROOT,
                                     capture_output=True).returncode != 0:
        pytest.skip(f"needs git and commit {release} (a clone of the repository)")
    archive = tmp / "old.tar"
    subprocess.run([git, "archive", "-o", str(archive), release, "tariffscope", "sql", "expectations", "data"],
                   cwd=PROJECT_ROOT, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(tmp / "old", filter="data")
    return tmp / "old"


def snapshot(warehouse: Path) -> dict:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = [r[0] for r in con.execute("select table_name from duckdb_tables() where table_name not in "
                                            "('schema_version', 'trade_flow', 'trade_flow_fact', 'trade_flow_origin') order by 1").fetchall()]
        return {"counts": {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables},
                "trade_flow": con.execute(TRADE_ROWS).fetchall(), "hs87": con.execute(HS87).fetchone()[0],
                "claims": con.execute("select claim, verdict from claim_check order by all").fetchall()}


@pytest.fixture(scope="module", params=sorted(OLD_RELEASES))
def upgraded(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("upgrade")
    old, warehouse = old_release(tmp, request.param), tmp / "old.duckdb"
    built = subprocess.run([sys.executable, "-c", BUILD_OLD, str(warehouse)], cwd=old, capture_output=True, text=True,
                           env={"PYTHONPATH": str(old), "PATH": "/usr/bin:/bin"})
    assert built.returncode == 0, built.stderr[-2000:]
    assert built.stdout.split()[-1] == str(OLD_RELEASES[request.param])  # really the old release: its schema scripts
    before = snapshot(warehouse)
    wh.initialize(warehouse)  # the next run with this code: pending schema scripts, then the views
    return warehouse, before, snapshot(warehouse), request.param


def test_every_row_survives_the_upgrade(upgraded):
    warehouse, before, after, _ = upgraded
    # load_audit, quarantine, articles, measures, dimensions; tables new since then (e.g. source_preference) start empty
    assert {t: after["counts"][t] for t in before["counts"]} == before["counts"]
    assert len(after["trade_flow"]) == len(before["trade_flow"]) == 60 + 392
    assert after["trade_flow"] == before["trade_flow"]  # every column, _load_id and source_file included
    assert after["hs87"] == before["hs87"] == 136.56
    assert after["claims"] == before["claims"] and len(after["claims"]) > 0
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select max(version) from schema_version").fetchone()[0] == max(v for v, _ in wh.schema_scripts())
        kinds = dict(con.execute("select table_name, table_type from information_schema.tables "
                                 "where table_name like 'trade_flow%'").fetchall())
        origins = con.execute("select count(*), count(distinct source_file) from trade_flow_origin").fetchone()
        fact_columns = [r[0] for r in con.execute("select column_name from information_schema.columns "
                                                  "where table_name = 'trade_flow_fact' order by ordinal_position").fetchall()]
    assert kinds == {"trade_flow": "VIEW", "trade_flow_fact": "BASE TABLE", "trade_flow_origin": "BASE TABLE"}
    assert fact_columns == ["origin_id", "reporter_code", "partner_code", "year", "hs_code_id", "value_usd", "quantity"]
    assert origins[1] == len(pipeline.bundled_paths("trade")) and origins[0] < 60 + 392  # provenance stored once


def test_the_upgraded_warehouse_keeps_loading(upgraded, tmp_path):
    warehouse, _, _, release = upgraded
    bundled = pipeline.bundled_paths("trade")[0]
    # the release before the split recorded no reader version, so the same file is read once more (replacing its own
    # rows), and only then is it a no-op; a later release's load of it still counts (same file, same reader code)
    if release == "ef6242b":
        assert pipeline.ingest_file("trade", bundled, warehouse).status == "loaded"
    assert pipeline.ingest_file("trade", bundled, warehouse).status == "unchanged"
    changed = tmp_path / "changed.csv"
    changed.write_text("reporter_iso3,partner_iso3,year,flow,value_usd,source,hs_code\n"
                       "USA,MEX,2024,import,1,upgrade test,01\n")
    assert pipeline.ingest_file("trade", changed, warehouse).status == "loaded"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from trade_flow").fetchone()[0] == 60 + 392 + 1
        assert con.execute(HS87).fetchone()[0] == 136.56
