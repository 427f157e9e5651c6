"""Run a command in a child process that cannot outlive us, and stop it cleanly on Ctrl-C.

The command line starts Prefect flows this way (`python -m tariffscope_flows.launch ...`): the library never imports
Prefect, and whatever the child starts (Prefect's temporary API server) lives in the child's own process
group, which is ours to end:

- the child runs in a new session, so a Ctrl-C on the terminal reaches only this process, which then asks the
  child to stop (the caller's stop signal: SIGINT for the flow door, see cli.launch), waits a few seconds,
  and kills the child's process group;
- the child is killed (SIGKILL) when this process dies, even by SIGKILL (Linux PR_SET_PDEATHSIG): a killed
  command line is a crash of the whole command, its load included (the warehouse keeps the pre-load state);
  the child also checks at start-up that its parent is still the one that started it.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time

PARENT_ENV = "TARIFFSCOPE_PARENT_PID"
STOP_GRACE_S = 10.0


def die_with_parent(sig: int = signal.SIGTERM) -> None:
    """Ask the kernel to send `sig` to this process when its parent dies (Linux; elsewhere a no-op)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, int(sig), 0, 0, 0)  # PR_SET_PDEATHSIG = 1
        except (OSError, AttributeError):
            pass


def _child_setup() -> None:  # runs in the child between fork and exec
    die_with_parent(signal.SIGKILL)
    # the child starts deaf to SIGINT (the stop signal of the flow door, cli.launch) and turns it on itself once its
    # own handler is in place: a SIGINT during the interpreter's start-up would print a KeyboardInterrupt traceback
    # (one lost there is covered by the kill after STOP_GRACE_S)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Interrupted(Exception):
    """Ctrl-C (SIGINT) or SIGTERM reached the command line while a child ran."""


def kill_group(pid: int, sig: int = signal.SIGKILL) -> None:
    try:
        os.killpg(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def run_child(argv: list[str], stop_signal: int = signal.SIGTERM, env: dict | None = None) -> int:
    """Run argv to completion and return its exit code; raise Interrupted (after the child and its process
    group are gone) when this process is interrupted meanwhile."""
    stops: list[int] = []

    def on_signal(signum, frame):
        stops.append(signum)

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        child = subprocess.Popen(argv, env={**(env or os.environ), PARENT_ENV: str(os.getpid())},
                                 start_new_session=True, preexec_fn=_child_setup)
        try:
            while child.poll() is None and not stops:
                try:
                    child.wait(timeout=0.1)
                except subprocess.TimeoutExpired:
                    pass
            if stops:
                _stop(child, stop_signal)
                raise Interrupted()
            return child.returncode
        finally:
            kill_group(child.pid)  # anything the child left running in its group (e.g. a server)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _stop(child: subprocess.Popen, stop_signal: int) -> None:
    if child.poll() is None:
        try:
            child.send_signal(stop_signal)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + STOP_GRACE_S
    while child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    kill_group(child.pid)
    child.wait()


def parent_alive() -> bool:
    """In a child started by run_child: is the parent that started it still our parent?"""
    expected = os.environ.get(PARENT_ENV)
    return expected is None or os.getppid() == int(expected)
