"""A no-op `tariffscope run` against `tariffscope status` on the same warehouse (issue 14: within 1.5x).

    .venv/bin/python benchmarks/bench_cli_noop.py [--repeat 5]

Builds the bundled data into a temporary warehouse with the library (no Prefect), runs each command once to
warm up (the first no-op run also writes the missing report), then times both as the user types them
(subprocesses of .venv/bin/tariffscope). Last line JSON: {"noop_run_s", "status_s", "ratio", "repeat"} (medians).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent / "tariffscope"


def build(warehouse: Path) -> None:
    from tariffscope import pipeline
    from tariffscope.validate import validate_source

    for source in pipeline.reference_sources():
        pipeline.load(validate_source(source), warehouse, "reference")
    for kind in ("trade", "tariffs", "articles"):
        for path in pipeline.bundled_paths(kind):
            pipeline.ingest_file(kind, path, warehouse)


def timed(argv: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([str(BIN), *argv], capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warehouse = Path(tmp) / "w.duckdb"
        build(warehouse)
        run, status = ["run", "--warehouse", str(warehouse)], ["status", "--warehouse", str(warehouse)]
        timed(run), timed(status)  # warm-up (page cache, the report)
        runs, statuses = [], []
        for _ in range(args.repeat):
            seconds, out = timed(run)
            assert out.startswith("Up to date"), out
            runs.append(seconds)
            statuses.append(timed(status)[0])
    result = {"noop_run_s": round(statistics.median(runs), 3), "status_s": round(statistics.median(statuses), 3),
              "repeat": args.repeat}
    result["ratio"] = round(result["noop_run_s"] / result["status_s"], 2)
    print(f"no-op run: {result['noop_run_s']} s, status: {result['status_s']} s (medians of {args.repeat})")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
