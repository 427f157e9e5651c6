"""Load time on the three warehouse backends (docs/scale.md "What was measured here").

    python benchmarks/bench_lake.py [--rows 1000000] [--repeat 1] [--seed 42]

In this one process, after a warm-up (imports, GX context, DuckDB extensions), times through the library's
per-file path (tariffscope.pipeline: read -> normalize -> validate -> load, one transaction per file):

1. the bundled data (reference lists, trade, tariffs, articles under data/, as `tariffscope run` loads it), and
2. one seeded BACI file of --rows rows (benchmarks/generate_baci.py),

each into a fresh warehouse of each kind: the embedded DuckDB file, a DuckLake with its catalog in a local file,
and a DuckLake with its catalog in PostgreSQL (a throw-away server from tests/pg.py on 127.0.0.1, started and
stopped by PID here). For the BACI file it also reports rows per second and the bytes per row on disk (the
.duckdb file; the lake's Parquet files under its data path, plus its catalog file).
Beside them, DuckDB's own `CREATE TABLE t AS SELECT * FROM read_csv(<BACI file>)` on each backend (the engine's
floor: no validation, no provenance, no audit).
The last line is JSON: {"rows": N, "repeat": R, "bundled_s": {backend: s}, "baci_s": {backend: s},
"baci_rows_per_s": {backend: r}, "baci_bytes_per_row": {backend: b}, "engine_s": {backend: s},
"engine_bytes_per_row": {backend: b}, "bundled_rows": n}
(backends: duckdb, ducklake_file, ducklake_postgres; medians of R runs).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import generate_baci  # noqa: E402
from tariffscope import pipeline  # noqa: E402
from tariffscope.target import Warehouse  # noqa: E402
from tariffscope.validate import validate_source  # noqa: E402
from tests import pg  # noqa: E402

BACKENDS = ("duckdb", "ducklake_file", "ducklake_postgres")


def log(message: str) -> None:
    print(message, flush=True)


def target(backend: str, folder: Path, server: pg.Server, name: str) -> Warehouse:
    if backend == "duckdb":
        return Warehouse.parse(folder / f"{name}.duckdb")
    if backend == "ducklake_file":
        return Warehouse.parse(f"ducklake:{folder / name}.ducklake", folder / f"{name}-data")
    return Warehouse.parse(f"ducklake:postgres:{server.create_database(name)}", folder / f"{name}-data")


def build_bundled(warehouse: Warehouse) -> int:
    """What `tariffscope run` loads, without Prefect; returns the rows loaded."""
    outcomes = [pipeline.load(validate_source(s), warehouse, "reference") for s in pipeline.reference_sources()]
    for kind in ("trade", "tariffs", "articles"):
        outcomes += [pipeline.ingest_file(kind, path, warehouse) for path in pipeline.bundled_paths(kind)]
    bad = [o for o in outcomes if o.status != "loaded"]
    assert not bad, bad
    return sum(t.rows_loaded for o in outcomes for t in o.tables)


def on_disk(warehouse: Warehouse) -> int:
    files = [Path(warehouse.location)] if not warehouse.is_lake else list(Path(warehouse.data_path).rglob("*"))
    if warehouse.is_lake and warehouse.path:
        files.append(warehouse.path)
    return sum(f.stat().st_size for f in files if f.is_file())


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def engine_baseline(backend: str, folder: Path, server: pg.Server, baci: Path) -> tuple[float, int]:
    """DuckDB's own `CREATE TABLE AS SELECT * FROM read_csv` of the BACI file on the backend: (seconds, bytes)."""
    import duckdb

    from tariffscope import lake_ext

    if backend == "duckdb":
        path = folder / "engine.duckdb"
        con, size = duckdb.connect(str(path)), lambda: path.stat().st_size
    else:
        con, data = duckdb.connect(), folder / "engine-data"
        lake_ext.load(con, "ducklake")
        if backend == "ducklake_file":
            catalog = f"{folder / 'engine.ducklake'}"
        else:
            lake_ext.load(con, "postgres_scanner")
            catalog = f"postgres:{server.create_database(f'engine_{folder.name.replace(chr(45), chr(95))}')}"
        con.execute(f"attach 'ducklake:{catalog}' as lake (data_path '{data}/')")
        con.execute("use lake")
        size = lambda: sum(f.stat().st_size for f in data.rglob("*") if f.is_file())  # noqa: E731
    started = time.perf_counter()
    con.execute(f"create table t as select * from read_csv('{baci}')")
    con.close()
    return time.perf_counter() - started, size()


def one_round(work: Path, server: pg.Server, baci: Path, rows: int, round_no: int) -> dict:
    result = {"bundled": {}, "baci": {}, "bytes": {}, "engine": {}, "engine_bytes": {}, "bundled_rows": 0}
    for backend in BACKENDS:
        folder = work / f"r{round_no}-{backend}"
        folder.mkdir(parents=True)
        result["engine"][backend], result["engine_bytes"][backend] = engine_baseline(backend, folder, server, baci)
        log(f"round {round_no + 1} {backend}: DuckDB read_csv -> table {result['engine'][backend]:.2f} s, "
            f"{result['engine_bytes'][backend] / rows:.1f} bytes/row")
        bundled = target(backend, folder, server, f"bundled_{round_no}")
        started = time.perf_counter()
        result["bundled_rows"] = build_bundled(bundled)
        result["bundled"][backend] = time.perf_counter() - started
        big = target(backend, folder, server, f"baci_{round_no}")
        outcome = None

        def load():
            nonlocal outcome
            outcome = pipeline.ingest_file("trade", baci, big)
        result["baci"][backend] = timed(load)
        assert outcome.status == "loaded" and sum(t.rows_loaded for t in outcome.tables) == rows, outcome
        result["bytes"][backend] = on_disk(big)
        log(f"round {round_no + 1} {backend}: bundled data {result['bundled'][backend]:.2f} s; BACI {rows:,} rows "
            f"{result['baci'][backend]:.2f} s, {result['bytes'][backend] / rows:.1f} bytes/row on disk")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="load time on embedded DuckDB vs DuckLake (file / Postgres catalog)")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    baci = generate_baci.generate(args.rows, args.seed, generate_baci.default_dir(args.rows, args.seed))
    work = HERE / "out" / "lake"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    server = pg.start()
    log(f"PostgreSQL {server.bin_dir} on 127.0.0.1:{server.port} (PID {server.process.pid})")
    try:
        warm = Warehouse.parse(f"ducklake:postgres:{server.create_database('warmup')}", work / "warmup-data")
        log(f"warm-up (bundled data into a Postgres-catalog lake): {timed(lambda: build_bundled(warm)):.1f} s")
        rounds = [one_round(work, server, baci, args.rows, n) for n in range(args.repeat)]
    finally:
        server.stop()
    median = lambda key, b: statistics.median_low(r[key][b] for r in rounds)  # noqa: E731
    print(json.dumps({
        "rows": args.rows, "repeat": args.repeat, "bundled_rows": rounds[0]["bundled_rows"],
        "bundled_s": {b: round(median("bundled", b), 3) for b in BACKENDS},
        "baci_s": {b: round(median("baci", b), 3) for b in BACKENDS},
        "baci_rows_per_s": {b: round(args.rows / median("baci", b)) for b in BACKENDS},
        "baci_bytes_per_row": {b: round(median("bytes", b) / args.rows, 2) for b in BACKENDS},
        "engine_s": {b: round(median("engine", b), 3) for b in BACKENDS},
        "engine_bytes_per_row": {b: round(median("engine_bytes", b) / args.rows, 2) for b in BACKENDS},
    }), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
