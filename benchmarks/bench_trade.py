"""BACI-scale ingest benchmark (`BENCH_ROWS=N make bench`).

    python benchmarks/bench_trade.py --rows N [--files K] [--seed 42] [--repeat 1] [--no-cli]

1. generates (or reuses) a seeded BACI file of N rows under benchmarks/out/ (generate_baci.py);
2. in this one process, after the imports and a warm-up on a small file (GX context, DuckDB, polars
   thread pool all initialized), times on the same file:
   - baseline: DuckDB `CREATE TABLE t AS SELECT * FROM read_csv(...)` into a fresh database file
     (connect -> create -> close, so the checkpoint is included as it is in the pipeline's load);
   - pipeline: read (polars CSV parse + sha256 of the file) -> normalize (canonical trade_flow frame)
     -> validate (tariffscope.validate.validate_source, the GX suite) -> load
     (tariffscope.warehouse.load_validated into a fresh warehouse), each stage timed;
3. times the whole `tariffscope ingest trade FILE --warehouse TMP` command in a subprocess, to show the
   import, Prefect and orchestration overhead on top of the stages.
With --files K (`BENCH_FILES=K BENCH_ROWS=N make bench`): K seeded BACI files of N/K rows each (one year each,
2022 back, so no key repeats across files), timed end to end through the library's many-files path
(tariffscope.pipeline.ingest_files: per file skip-unchanged check, read, normalize, validate in one thread
while the previous file loads in this one) into a fresh warehouse, against DuckDB's `read_csv` of the K
files into one table. Its stages are the busy time of each side: "prepare" (hash + read + normalize +
validate, summed over files) and "load" (summed); they overlap, so they add up to more than pipeline_s.
Peak RSS is the pipeline's own high-water mark (VmHWM reset through /proc/self/clear_refs after the
baseline; the process-wide ru_maxrss when that is not available).
With K > 1 it also times whole commands on the K files (each into a fresh warehouse: a DuckDB file, or with
--backend ducklake / BENCH_BACKEND=ducklake a DuckLake with its catalog in a file): `tariffscope ingest trade
FOLDER` ("cli_s") and the same with `--workers N` for N in --dask-workers (default 1,2: "dask_N_workers_s" and
"dask_N_workers_ratio" against the same baseline_s). Whole commands include Python and Prefect start-up (and for
Dask the local cluster's), so compare dask_N_workers_s with cli_s, and pipeline_s with baseline_s.
The last line is the JSON contract:
{"rows": N, "files": K, "baseline_s": x, "pipeline_s": y, "ratio": y/x, "peak_rss_mb": m,
 "stages": {"read": .., "normalize": .., "validate": .., "load": ..},   (K > 1: {"prepare": .., "load": ..},
 "cpu": {"baseline_s": .., "pipeline_s": .., "ratio": .., "stages": {..}}}   and "backend", "cli_s", "dask_1_workers_s",
 "dask_1_workers_ratio", "dask_2_workers_s", "dask_2_workers_ratio"; "cpu" is the process's CPU time, all threads,
 with stages for one file only)
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import duckdb  # noqa: E402
import polars as pl  # noqa: E402

import generate_baci  # noqa: E402
from tariffscope.source import SourceFrame, display_path, file_sha256  # noqa: E402
from tariffscope.trade import baci  # noqa: E402

WARMUP_ROWS = 20_000


def log(message: str) -> None:
    print(message, flush=True)


# --- memory -------------------------------------------------------------------------------------------------


def _status_kb(field: str) -> int | None:
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def reset_peak() -> bool:
    """Reset the kernel's RSS high-water mark for this process (Linux >= 4.0)."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def peak_rss_mb() -> float:
    hwm = _status_kb("VmHWM")
    kb = hwm if hwm is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024


def rss_mb() -> float:
    return (_status_kb("VmRSS") or 0) / 1024


# --- stages -------------------------------------------------------------------------------------------------


def baseline(path: Path | list[Path], work: Path) -> float:
    """DuckDB's own CSV load into a fresh file; several files are read by one read_csv into one table."""
    target = work / "baseline.duckdb"
    for stale in (target, target.with_suffix(".duckdb.wal")):
        stale.unlink(missing_ok=True)
    files = [str(p) for p in path] if isinstance(path, list) else [str(path)]
    started = time.perf_counter()
    con = duckdb.connect(str(target))
    con.execute("create table t as select * from read_csv(?)", [files])
    con.close()
    elapsed = time.perf_counter() - started
    target.unlink(missing_ok=True)
    return elapsed


def pipeline(path: Path, work: Path) -> tuple[dict[str, float], dict]:
    """read -> normalize -> validate -> load into a fresh warehouse; (stage seconds, facts)."""
    from tariffscope.validate import validate_source
    from tariffscope.warehouse import load_validated

    warehouse = work / "pipeline.duckdb"
    for stale in (warehouse, warehouse.with_suffix(".duckdb.wal")):
        stale.unlink(missing_ok=True)
    stages, facts = {}, {}
    cpu = facts["cpu"] = {}

    started, used = time.perf_counter(), time.process_time()
    countries, note = baci.resolve_countries(path, None)
    raw = baci.read_baci_raw(path)
    sha256 = file_sha256(path)
    stages["read"], cpu["read"] = time.perf_counter() - started, time.process_time() - used
    facts["rss_after_read_mb"] = round(rss_mb())

    started, used = time.perf_counter(), time.process_time()
    name = display_path(path)
    frame = baci.normalize_baci(raw, countries, source_file=name, source_ref=baci.describe(path), notes=note)
    source = SourceFrame(table="trade_flow", source_file=name, source_format=baci.NAME, frame=frame, raw=raw,
                         rows_in=raw.height, sha256=sha256)
    stages["normalize"], cpu["normalize"] = time.perf_counter() - started, time.process_time() - used
    facts["rss_after_normalize_mb"] = round(rss_mb())
    del raw, frame

    started, used = time.perf_counter(), time.process_time()
    validated = validate_source(source)
    stages["validate"], cpu["validate"] = time.perf_counter() - started, time.process_time() - used
    del source  # as in pipeline.ingest_file: only the validated rows live on into the load
    facts["rss_after_validate_mb"] = round(rss_mb())

    started, used = time.perf_counter(), time.process_time()
    result = load_validated(validated, warehouse)
    stages["load"], cpu["load"] = time.perf_counter() - started, time.process_time() - used
    facts["status"] = result.status
    facts["tables"] = [vars(t) for t in result.tables]
    facts["quarantined"] = validated.quarantined["trade_flow"].height
    del validated
    gc.collect()
    return stages, facts


def many_files(rows: int, files: int, seed: int) -> list[Path]:
    """`files` BACI files of rows/files rows each, one year each (2022, 2021, ...), each folder with its codes."""
    root = HERE / "out" / f"baci_{rows}_x{files}_s{seed}"
    sizes = [rows // files + (1 if f < rows % files else 0) for f in range(files)]
    return [generate_baci.generate(n, seed + f, root / f"y{generate_baci.YEAR - f}", year=generate_baci.YEAR - f)
            for f, n in enumerate(sizes)]


def pipeline_files(paths: list[Path], work: Path) -> tuple[dict[str, float], dict]:
    """All files through tariffscope.pipeline.ingest_files into a fresh warehouse; busy time of each side."""
    from tariffscope import pipeline as p

    warehouse = work / "pipeline.duckdb"
    for stale in (warehouse, warehouse.with_suffix(".duckdb.wal")):
        stale.unlink(missing_ok=True)
    busy = {"prepare": 0.0, "load": 0.0}
    prepare, finish = p.prepare, p.finish

    def timed(stage, function):
        def run(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                busy[stage] += time.perf_counter() - started
        return run

    p.prepare, p.finish = timed("prepare", prepare), timed("load", finish)
    try:
        outcomes = p.ingest_files("trade", paths, warehouse)
    finally:
        p.prepare, p.finish = prepare, finish
    facts = {"status": ",".join(sorted({o.status for o in outcomes})),
             "tables": [{"rows_in": sum(t.rows_in for o in outcomes for t in o.tables),
                         "rows_loaded": sum(t.rows_loaded for o in outcomes for t in o.tables)}],
             "quarantined": sum(t.rows_quarantined for o in outcomes for t in o.tables)}
    gc.collect()
    return busy, facts


def fresh_target(work: Path, backend: str, name: str = "cli") -> str:
    """A --warehouse value for a fresh warehouse under `work`: a DuckDB file, or a DuckLake with its catalog in a
    file and its Parquet files in the default folder beside it (both removed first)."""
    if backend == "duckdb":
        target = work / f"{name}.duckdb"
        for stale in (target, target.with_suffix(".duckdb.wal")):
            stale.unlink(missing_ok=True)
        return str(target)
    catalog = work / f"{name}.ducklake"
    for stale in (catalog, catalog.with_name(catalog.name + ".wal")):
        stale.unlink(missing_ok=True)
    shutil.rmtree(catalog.with_name(catalog.name + ".files"), ignore_errors=True)
    return f"ducklake:{catalog}"


def time_cli(path: Path, work: Path, *extra: str, backend: str = "duckdb") -> tuple[float, int, str]:
    """Wall time of the whole `tariffscope ingest trade PATH --warehouse TMP [extra]` command."""
    exe = ROOT / ".venv" / "bin" / "tariffscope"
    if not exe.exists():
        exe = Path(shutil.which("tariffscope") or "tariffscope")
    warehouse = fresh_target(work, backend)
    started = time.perf_counter()
    done = subprocess.run([str(exe), "ingest", "trade", str(path), "--warehouse", warehouse, *extra],
                          capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    lines = (done.stdout + done.stderr).strip().splitlines()
    status = [line.strip() for line in lines if re.match(r"\s*(loaded|rejected|failed|unchanged|error)\s", line)]
    return elapsed, done.returncode, (status or lines[-1:] or [""])[0]


def dask_cases(path: Path, work: Path, workers: list[int], backend: str) -> dict[str, float]:
    """The many-files folder through `tariffscope ingest ... --workers N` (Prefect's DaskTaskRunner on a local
    cluster of N processes), whole command each, beside the same command without --workers ("cli_s")."""
    timed = {}
    for label, extra in [("cli_s", ())] + [(f"dask_{n}_workers_s", ("--workers", str(n))) for n in workers]:
        elapsed, code, last = time_cli(path, work, *extra, backend=backend)
        log(f"{label}: tariffscope ingest trade {display_path(path)} --warehouse <fresh {backend}> {' '.join(extra)}: "
            f"{elapsed:.2f} s wall (exit {code}){'; ' + last if last else ''}")
        timed[label] = elapsed if code == 0 else float("nan")
    return timed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="BACI-scale ingest benchmark; last line is JSON")
    parser.add_argument("--rows", type=int, default=int(os.environ.get("BENCH_ROWS", 1_000_000)))
    parser.add_argument("--files", type=int, default=int(os.environ.get("BENCH_FILES") or 1),
                        help="split the rows over this many files, loaded through the many-files path")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--repeat", type=int, default=1, help="timed runs of baseline and pipeline (median reported)")
    parser.add_argument("--no-cli", action="store_true", help="skip timing the tariffscope ingest command")
    parser.add_argument("--dask-workers", default=os.environ.get("BENCH_DASK_WORKERS", "1,2"),
                        help="with --files K > 1: also time the command with --workers N for each N listed ('' = none)")
    parser.add_argument("--backend", choices=["duckdb", "ducklake"], default=os.environ.get("BENCH_BACKEND", "duckdb"),
                        help="warehouse of the command timings (cli_s, dask_*): a DuckDB file or a DuckLake (catalog file)")
    args = parser.parse_args(argv)

    work = HERE / "out" / "run"
    work.mkdir(parents=True, exist_ok=True)
    warm = generate_baci.generate(WARMUP_ROWS, args.seed, generate_baci.default_dir(WARMUP_ROWS, args.seed))
    if args.files > 1:
        paths = many_files(args.rows, args.files, args.seed)
        path, size_mb = paths[0].parent.parent, sum(p.stat().st_size for p in paths) / 2**20
        run_baseline, run_pipeline = (lambda: baseline(paths, work)), (lambda: pipeline_files(paths, work))
        warm_up = lambda: pipeline_files([warm], work)  # noqa: E731
    else:
        path = generate_baci.generate(args.rows, args.seed, generate_baci.default_dir(args.rows, args.seed))
        size_mb = path.stat().st_size / 2**20
        run_baseline, run_pipeline = (lambda: baseline(path, work)), (lambda: pipeline(path, work))
        warm_up = lambda: pipeline(warm, work)  # noqa: E731
    log(f"file: {display_path(path)} ({args.rows:,} rows in {args.files} file(s), {size_mb:.0f} MB); "
        f"polars {pl.__version__}, duckdb {duckdb.__version__}")

    try:
        from tariffscope.validate import validate_source  # noqa: F401
        from tariffscope.warehouse import load_validated  # noqa: F401
    except ImportError as exc:
        log(f"validate/load stages not available yet ({exc}); timing read and normalize only")
        return 1

    started = time.perf_counter()
    baseline(warm, work)
    warm_up()
    log(f"warm-up on {WARMUP_ROWS:,} rows: {time.perf_counter() - started:.1f} s (imports GX, opens DuckDB)")

    baselines, baseline_cpu, runs = [], [], []
    baseline_peak = 0.0
    for attempt in range(args.repeat):
        gc.collect()
        reset_peak()
        used = time.process_time()
        baselines.append(run_baseline())
        baseline_cpu.append(time.process_time() - used)
        baseline_peak = max(baseline_peak, peak_rss_mb())
        gc.collect()
        resettable = reset_peak()
        started, used = time.perf_counter(), time.process_time()
        stages, facts = run_pipeline()
        wall = time.perf_counter() - started if args.files > 1 else sum(stages.values())
        facts["cpu_s"] = time.process_time() - used
        peak = peak_rss_mb()
        runs.append((wall, stages, facts, peak))
        log(f"run {attempt + 1}: baseline {baselines[-1]:.2f} s; pipeline {runs[-1][0]:.2f} s "
            + " ".join(f"{k} {v:.2f}" for k, v in stages.items())
            + f"; peak RSS {peak:.0f} MB{'' if resettable else ' (process-wide)'}; CPU (all threads) baseline "
            f"{baseline_cpu[-1]:.2f} s, pipeline {facts['cpu_s']:.2f} s "
            + " ".join(f"{k} {v:.2f}" for k, v in facts.get("cpu", {}).items()))
        log(f"  rss after stages (MB): {json.dumps({k: v for k, v in facts.items() if k.startswith('rss')})}; "
            f"status {facts['status']}, quarantined {facts['quarantined']:,}, audit {json.dumps(facts['tables'])}")
    log(f"baseline peak RSS {baseline_peak:.0f} MB (DuckDB read_csv -> table)")

    dask = {}
    workers = [int(n) for n in args.dask_workers.split(",") if n.strip()]
    if args.files > 1 and workers:
        dask = dask_cases(path, work, workers, args.backend)
    elif not args.no_cli:
        elapsed, code, last = time_cli(path, work, backend=args.backend)
        log(f"cli: tariffscope ingest trade {display_path(path)} --warehouse <fresh {args.backend}>: "
            f"{elapsed:.2f} s wall (exit {code}){'; ' + last if last else ''}")

    baseline_s = statistics.median_low(baselines)
    best = sorted(runs, key=lambda r: r[0])[(len(runs) - 1) // 2]  # median (lower middle for an even count)
    pipeline_s, stages, best_facts, peak = best
    cpu_baseline = statistics.median_low(baseline_cpu)
    print(json.dumps({
        "rows": args.rows,
        "files": args.files,
        "baseline_s": round(baseline_s, 3),
        "pipeline_s": round(pipeline_s, 3),
        "ratio": round(pipeline_s / baseline_s, 2),
        "peak_rss_mb": round(max(r[3] for r in runs)),
        "stages": {k: round(v, 3) for k, v in stages.items()},
        # CPU time of the process (all threads) beside the wall figures: on the shared 2-core machine the wall clock
        # moves 2-10x with the load average, the CPU ratio much less
        "cpu": {"baseline_s": round(cpu_baseline, 3), "pipeline_s": round(best_facts["cpu_s"], 3),
                "ratio": round(best_facts["cpu_s"] / cpu_baseline, 2),
                **({"stages": {k: round(v, 3) for k, v in best_facts["cpu"].items()}} if "cpu" in best_facts else {})},
        **({"backend": args.backend} if dask else {}),
        **{k: round(v, 3) for k, v in dask.items()},
        **{k[:-2] + "_ratio": round(v / baseline_s, 2) for k, v in dask.items() if k.startswith("dask_")},
    }), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
