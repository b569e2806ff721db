"""Job control for `python -m tools.serve`: process groups, the terminal's Ctrl-C.

Each child runs in a process group of its own, so that one signal stops it
with everything it forked (both dev servers fork a child that reloads the
code) and a Ctrl-C in the terminal does not reach it directly. `foreground`
hands the terminal to the serve tool the way a shell hands it to a job: tox runs
its commands in its own process group, so without it a Ctrl-C reaches tox
too, and tox then interrupts the command itself and reports a failure.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress

WINDOWS = sys.platform == "win32"
GRACE = 5.0  # seconds a process group gets to stop before it is killed


def start(args: Sequence[str], **options: object) -> subprocess.Popen[bytes]:
    """Start a command in a new process group of its own."""
    if WINDOWS:
        # A new process group: the console's Ctrl-C no longer reaches it, and
        # CTRL_BREAK_EVENT reaches it and its children.
        options["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        # A new session, hence a new process group, outside the terminal's job.
        options["start_new_session"] = True
    return subprocess.Popen(list(args), stdin=subprocess.DEVNULL, **options)


def stop(processes: Iterable[subprocess.Popen[bytes]]) -> None:
    """Stop processes with their whole groups: ask all, wait GRACE, kill the rest."""
    processes = list(processes)
    for process in processes:
        if WINDOWS:
            with suppress(OSError):
                process.send_signal(signal.CTRL_BREAK_EVENT)
        else:
            # Both dev servers exit at once, and quietly, on SIGTERM.
            _signal_group(process, signal.SIGTERM)
    deadline = time.monotonic() + GRACE
    for process in processes:
        with suppress(subprocess.TimeoutExpired):
            process.wait(max(0.0, deadline - time.monotonic()))
    # Whatever is left of a group (a reloader's child that outlived its parent,
    # or a process that ignored the request) is killed: no orphans.
    for process in processes:
        if WINDOWS:
            taskkill = ["taskkill", "/F", "/T", "/PID", str(process.pid)]
            subprocess.run(taskkill, capture_output=True)
        else:
            _signal_group(process, signal.SIGKILL)
        process.wait()


def _signal_group(process: subprocess.Popen[bytes], signum: int) -> None:
    """Send a signal to the process's group, if anything is left of it."""
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signum)


@contextmanager
def foreground() -> Iterator[None]:
    """Be the terminal's foreground process group while the block runs (POSIX).

    Ctrl-C then reaches this process alone. Without a terminal (or on Windows,
    or when started in the background) nothing changes.
    """
    try:
        fd = sys.stdin.fileno()
        in_front = os.isatty(fd) and os.tcgetpgrp(fd) == os.getpgrp()
    except (AttributeError, OSError, ValueError):  # no terminal, or Windows
        in_front = False
    if not in_front:
        yield
        return
    job = os.getpgrp()  # tox's process group, the shell's foreground job
    try:
        os.setpgid(0, 0)
    except OSError:  # a session leader cannot leave its group: keep things as they are
        yield
        return
    # Ctrl-Z would stop this process while the shell waits for tox, which keeps
    # running: the terminal would hang. So Ctrl-Z does nothing here.
    suspend = signal.signal(signal.SIGTSTP, signal.SIG_IGN)
    _hand_terminal(fd, os.getpgrp())
    try:
        yield
    finally:
        _hand_terminal(fd, job)
        signal.signal(signal.SIGTSTP, suspend)


def _hand_terminal(fd: int, group: int) -> None:
    """Make group the terminal's foreground process group."""
    # A process outside the foreground group that changes it is sent SIGTTOU,
    # which would stop it; shells ignore that signal for the change.
    previous = signal.signal(signal.SIGTTOU, signal.SIG_IGN)
    try:
        with suppress(OSError):  # the group is gone (tox was killed): nothing to hand
            os.tcsetpgrp(fd, group)
    finally:
        signal.signal(signal.SIGTTOU, previous)
