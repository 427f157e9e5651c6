"""The command line's file progress: finished files are reported one line each, the bar counts them."""

from __future__ import annotations

import io

from rich.console import Console

from tariffscope.pipeline import Outcome
from tariffscope.progress import FileProgress, NoProgress, outcome_line
from tariffscope.warehouse import TableLoad

LOADED = Outcome("trade", "data/trade/a.csv", "loaded", [TableLoad("trade_flow", 3, 2, 1, 0)])
FAILED = Outcome("trade", "data/trade/b.csv", "failed", [TableLoad("trade_flow", 0, 0, 0, 0)], "b.csv: line 3: bad")


def test_a_failed_file_line_carries_its_message():
    assert outcome_line(LOADED) == "  loaded    data/trade/a.csv: trade_flow 2 loaded/1 quarantined"
    assert outcome_line(FAILED).endswith(" - b.csv: line 3: bad")


def test_piped_output_keeps_one_line_per_file_and_no_bar():
    out = io.StringIO()
    with FileProgress(total=2, console=Console(file=out, soft_wrap=True, force_terminal=False)) as progress:
        progress.stage("data/trade/a.csv", "reading")
        progress.done(LOADED)
        progress.done(FAILED)
        assert progress._bar.tasks[0].completed == 2
    assert out.getvalue().splitlines() == [outcome_line(LOADED), outcome_line(FAILED)]


def test_no_progress_is_silent(capsys):
    with NoProgress() as progress:
        progress.stage("x", "reading")
        progress.done(LOADED)
    assert capsys.readouterr().out == ""
