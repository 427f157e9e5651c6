"""Progress of a multi-file run on the command line: one bar over the files, the file and stage at work, the
elapsed time, and one line per finished file. Scheduled runs pass no progress and stay quiet.

    with FileProgress(total=len(files)) as progress:
        progress.stage(path, "reading")
        ...
        progress.done(outcome)

On a terminal the bar redraws in place and disappears at the end (the finished-file lines stay); piped to a
file or CI log only the finished-file lines are written.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from tariffscope.source import display_path


def outcome_line(outcome) -> str:
    """'  loaded    data/x.csv: trade_flow 60 loaded/0 quarantined' (a failure adds its message)."""
    tables = ", ".join(f"{t.table} {t.rows_loaded:,} loaded/{t.rows_quarantined:,} quarantined" for t in outcome.tables)
    detail = f" - {outcome.message}" if outcome.status in ("failed", "rejected") else ""
    return f"  {outcome.status:<9} {outcome.source_file}: {tables}{detail}"


class FileProgress:
    def __init__(self, total: int, console: Console | None = None):
        self.console = console or Console(soft_wrap=True, highlight=False)
        self._bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=24),
                             MofNCompleteColumn(), TimeElapsedColumn(), console=self.console, transient=True)
        self._task = self._bar.add_task("starting", total=total)

    def __enter__(self) -> FileProgress:
        if self.console.is_terminal:  # a CI log or a pipe gets the finished-file lines only
            self._bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._bar.live.is_started:
            self._bar.stop()

    def stage(self, path: str | Path, stage: str) -> None:
        """The stage now at work on a file: 'reading', 'validating', 'loading'..."""
        label = path if getattr(path, "is_lake", False) else display_path(Path(path))  # a lake is no file path
        self._bar.update(self._task, description=f"{stage:<10} {label}")

    def done(self, outcome) -> None:
        self.console.print(outcome_line(outcome), markup=False)
        self._bar.advance(self._task)


class NoProgress:
    """The same interface, silent: scheduled runs and library callers."""

    def __enter__(self) -> NoProgress:
        return self

    def __exit__(self, *exc) -> None:
        pass

    def stage(self, path: str | Path, stage: str) -> None:
        pass

    def done(self, outcome) -> None:
        pass


def progress_for(total: int, verbose: bool) -> FileProgress | NoProgress:
    """A bar over `total` files on the command line (verbose); silence in scheduled runs."""
    return FileProgress(total) if verbose else NoProgress()
