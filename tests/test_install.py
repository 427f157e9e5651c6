"""The built wheel works on its own: installed into a fresh venv, `tariffscope run` from another folder builds
the warehouse from the bundled data (sql/, expectations/ and data/ ship inside the wheel). The Prefect layer
(the flows/ folder) is installed as `tariffscope_flows`, never as a top-level `flows`.

The fresh venv borrows the project venv's third-party packages through a plain .pth path line (no
network, no 2-minute reinstall of prefect and GX); the project venv's editable-install hook lives in a
.pth file there that a path line does not execute, and the test asserts that `tariffscope` is imported
from the wheel's copy.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import duckdb
import pytest

from tariffscope.settings import PROJECT_ROOT

pytestmark = pytest.mark.slow

# what the wheel is not built from: local state and test/bench code at the top level (sql/warehouse/ is source,
# the top-level warehouse/ is not), caches and the inbox drop folder anywhere
TOP_LEVEL = {".git", ".venv", ".prefect", "warehouse", "build", "benchmarks", "tests"}
ANYWHERE = shutil.ignore_patterns("__pycache__", "*.egg-info", ".pytest_cache", ".hypothesis", "inbox")


def _not_in_wheel(folder: str, names: list[str]) -> set[str]:
    top = TOP_LEVEL.intersection(names) if Path(folder) == PROJECT_ROOT else set()
    return top | ANYWHERE(folder, names)


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kw)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(PROJECT_ROOT, src, ignore=_not_in_wheel)
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "-q",
                  "-w", str(tmp / "dist"), str(src)])
    assert built.returncode == 0, built.stderr
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)]).check_returncode()
    site = Path(_run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"])
                .stdout.strip())
    (site / "project_deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    wheel = next((tmp / "dist").glob("tariffscope-*.whl"))
    inst = _run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
                 "--no-deps", "--no-index", str(wheel)])
    assert inst.returncode == 0, inst.stderr
    return venv


def test_wheel_carries_its_resources(installed):
    out = _run([str(installed / "bin" / "python"), "-c",
                "import tariffscope, tariffscope.settings as s; print(tariffscope.__file__); "
                "print(s.INSTALLED, len(list(s.SQL_SCHEMA_DIR.glob('*.sql'))), len(list(s.EXPECTATIONS_DIR.glob('*.json'))))"],
               cwd=installed)
    where, facts = out.stdout.splitlines()
    assert where.startswith(str(installed)), where  # the wheel's copy, not the checkout
    installed_flag, n_schema, n_suites = facts.split()
    assert installed_flag == "True" and int(n_schema) >= 4 and int(n_suites) >= 10


def test_the_flow_layer_installs_as_tariffscope_flows_not_flows(installed):
    wheel = next((installed.parent / "dist").glob("tariffscope-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        top_level = {name.split("/")[0] for name in archive.namelist()}
    assert "tariffscope_flows" in top_level and "flows" not in top_level, sorted(top_level)
    out = _run([str(installed / "bin" / "python"), "-c",
                "import importlib.util as u, tariffscope_flows.launch as l, tariffscope_flows.deployments as d; "
                "print(l.__file__); print(u.find_spec('flows') is None); "
                "print(*[d.load_flow(s['entrypoint']).name for s in d.deployment_specs()])"], cwd=installed)
    where, no_flows, flows = out.stdout.splitlines()
    assert where.startswith(str(installed)) and no_flows == "True", out.stdout + out.stderr
    assert flows.split() == ["ingest-inbox", "build-warehouse"]  # prefect.yaml ships in the wheel, entrypoints resolve


def test_installed_run_from_another_folder(installed, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "TARIFFSCOPE_"))}
    env.update(PREFECT_HOME=str(elsewhere / ".prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               # a fresh Prefect home migrates first, on a machine busy with the other test worker: the run's temporary
               # API may take minutes (flows/launch.py waits this long instead of its 90 s)
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="300")
    run = _run([str(installed / "bin" / "tariffscope"), "run", "--warehouse", "w/w.duckdb"], cwd=elsewhere, env=env)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    con = duckdb.connect(str(elsewhere / "w" / "w.duckdb"), read_only=True)
    try:
        mex_87 = con.execute(
            "select sum(value_usd) from trade_flow where reporter_iso3 = 'USA' and partner_iso3 = 'MEX' "
            "and year = 2024 and flow = 'import' and hs_code = '87'").fetchone()[0]
        verdicts = con.execute("select count(*) from claim_check").fetchone()[0]
    finally:
        con.close()
    assert round(mex_87 / 1e9, 2) == 136.56
    assert verdicts >= 5
