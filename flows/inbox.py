"""Flow: ingest-inbox. Every new file dropped under data/inbox/{articles,trade,tariffs}/ is loaded once.

Layout (all under the inbox folder, default data/inbox, or $TARIFFSCOPE_INBOX, or the `inbox_dir` parameter):

    articles/ trade/ tariffs/      drop files here (sub-folders are fine)
    processed/<kind>/...           loaded, or already loaded before (same sha256): moved here after the run
    failed/<kind>/...              unreadable (failed) or refused by a table-level expectation (rejected):
                                   moved here with <name>.error.txt beside it saying why

Decisions:
- A file is loaded from its inbox path, then moved: load_audit and the rows' source_file name the path as
  dropped (data/inbox/trade/x.csv), so dropping a corrected x.csv later replaces x.csv's earlier rows.
- "Once" means once per content: a file whose sha256 was loaded before, under any name, is recorded as
  `unchanged` and moved to processed/ without being read. If the run dies between load and move, the next
  run finds the file loaded and just moves it.
- A name already taken in processed/ or failed/ gets a UTC timestamp suffix: nothing is overwritten or deleted.
- Files modified less than `settle_seconds` ago are left for the next run (they may still be being copied).
- A failed/rejected file does not fail the flow run (the others load); it is visible in the run's
  markdown artifact, in `tariffscope status` (load_audit) and in failed/. An unexpected exception while
  reading one file fails that file the same way (else it would fail every hourly run); a busy warehouse or
  an I/O error leaves the file in the inbox for the next run.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from tariffscope_flows import tasks
from tariffscope_flows.ingest import ingest_path
from tariffscope import pipeline
from tariffscope.settings import DATA_DIR, warehouse_path
from tariffscope.source import display_path, file_sha256
from tariffscope.warehouse import WarehouseError

INBOX_KINDS = ("articles", "trade", "tariffs")
DONE, FAILED = "processed", "failed"


def inbox_root(inbox_dir: str | os.PathLike | None = None) -> Path:
    """inbox_dir, else $TARIFFSCOPE_INBOX, else data/inbox under the project."""
    return Path(inbox_dir or os.environ.get("TARIFFSCOPE_INBOX") or DATA_DIR / "inbox").expanduser().resolve()


def new_files(root: Path, kind: str, settle_seconds: float) -> tuple[list[Path], list[Path]]:
    """(files to ingest now, files still settling) in <root>/<kind>/, in name order."""
    folder = root / kind
    if not folder.is_dir():
        return [], []
    ready, settling, now = [], [], time.time()
    for path in pipeline.discover(kind, [folder]):
        try:
            age = now - path.stat().st_mtime
        except FileNotFoundError:  # moved away meanwhile
            continue
        (ready if age >= settle_seconds else settling).append(path)
    return ready, settling


def destination(root: Path, kind: str, path: Path, status: str) -> Path:
    """processed/<kind>/<relative path>, or failed/...; a taken name gets a timestamp suffix."""
    folder = FAILED if status in ("failed", "rejected") else DONE
    target = root / folder / kind / path.relative_to(root / kind)
    if target.exists():
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        target = target.with_name(f"{target.stem}.{stamp}{target.suffix}")
    return target


@task(name="skip-duplicate", retries=2, retry_delay_seconds=1, retry_condition_fn=tasks.transient_io_error,
      cache_policy=NO_CACHE)
def skip_duplicate(kind: str, path: Path, warehouse: Path) -> pipeline.Outcome | None:
    """A recorded no-op when this content (sha256) was loaded before under any file name."""
    from tariffscope import warehouse as wh

    if not warehouse.exists():
        return None
    sha = file_sha256(path)
    with wh.reading(warehouse) as con:
        if not con.execute("select 1 from duckdb_tables() where table_name = 'load_audit'").fetchone():
            return None
        earlier = con.execute("select source_file, _load_id from load_audit where sha256 = ? and status = 'loaded' "
                              "order by finished_at desc limit 1", [sha]).fetchone()
    if earlier is None:
        return None
    name = display_path(path)
    result = wh.record_outcome(warehouse, name, pipeline.KINDS[kind], "unchanged",
                               f"same sha256 as {earlier[0]} (load {earlier[1]})", sha)
    return pipeline.Outcome(kind, name, "unchanged", result.tables, result.message)


@task(name="file-away", retries=3, retry_delay_seconds=2, retry_condition_fn=tasks.transient_io_error,
      cache_policy=NO_CACHE)
def file_away(root: Path, kind: str, path: Path, outcome: pipeline.Outcome) -> str:
    """Move the file out of the inbox (processed/ or failed/); returns where it went, relative to the inbox."""
    target = destination(root, kind, path, outcome.status)
    target.parent.mkdir(parents=True, exist_ok=True)
    if outcome.status in ("failed", "rejected"):
        target.with_name(target.name + ".error.txt").write_text(f"{outcome.status}: {outcome.message}\n", encoding="utf-8")
    shutil.move(str(path), str(target))
    return str(target.relative_to(root))


@flow(name="ingest-inbox")
def ingest_inbox(inbox_dir: str | None = None, warehouse: str | None = None,
                 settle_seconds: float = 5.0) -> list[pipeline.Outcome]:
    """Ingest every new file under <inbox>/{articles,trade,tariffs}/ once, then move it to processed/ or failed/."""
    root, target = inbox_root(inbox_dir), warehouse_path(warehouse)
    outcomes: list[pipeline.Outcome] = []
    notes: list[str] = []
    for kind in INBOX_KINDS:
        ready, settling = new_files(root, kind, settle_seconds)
        notes += [f"`{display_path(p)}` left for the next run: modified less than {settle_seconds:g} s ago" for p in settling]
        for path in ready:
            if not path.exists():  # taken by a concurrent run
                continue
            try:
                outcome = skip_duplicate(kind, path, target) or ingest_path(kind, path, target)
            except (WarehouseError, OSError) as error:  # busy warehouse, I/O: the file waits for the next run
                notes.append(f"`{display_path(path)}` left in the inbox: {type(error).__name__}: {error}")
                continue
            except Exception as error:  # noqa: BLE001 - a reader bug on this one file: it fails alone, not every hour
                outcome = tasks.record_failure(kind, path, target, RuntimeError(f"unexpected {type(error).__name__}: {error}"))
            outcomes.append(outcome)
            notes.append(f"`{display_path(path)}` ({outcome.status}) moved to `{file_away(root, kind, path, outcome)}`")
    if any(o.status == "loaded" for o in outcomes):
        docs = tasks.data_docs(target, return_state=True)  # files are loaded and moved by now: docs never fail the run
        if docs.is_failed():
            notes.append(f"Data Docs not rebuilt: {docs.message}")
    tasks.publish_summary(outcomes, target, "ingest-inbox", notes)
    return outcomes
