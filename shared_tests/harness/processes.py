"""Every process the suite starts: each in its own process group, all stoppable.

`spawn` registers what it starts; `stop` ends a process and everything it
forked (gunicorn's workers) with one signal to its group; `stop_all` ends every
registered process and removes the temporary folders, on teardown, on failure,
on Ctrl-C and at interpreter exit. Cleanups ignore a second Ctrl-C.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

REPO_ROOT = Path(__file__).resolve().parents[2]
CLI_TIMEOUT = 120.0  # seconds for one CLI command (migrate, seed, …)
STOP_GRACE = 5.0  # seconds between SIGTERM and SIGKILL


class ShuttingDown(RuntimeError):
    """The suite is stopping; no new process may start."""


_lock = threading.Lock()
_live: set[subprocess.Popen[bytes]] = set()
workdirs: set[Path] = set()  # temporary folders not removed yet
_closing = False


def spawn(
    args: Sequence[str],
    env: Mapping[str, str],
    cwd: Path,
    stdout: int | IO[bytes] = subprocess.PIPE,
    stdin: int | None = subprocess.DEVNULL,
    stderr: int | IO[bytes] = subprocess.STDOUT,
) -> subprocess.Popen[bytes]:
    """Start a process in its own process group and register it for stopping."""
    with _lock:
        if _closing:
            raise ShuttingDown("the suite is stopping")
        process = subprocess.Popen(
            list(args),
            cwd=cwd,
            env=dict(env),
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
            # A new session: Ctrl-C in the terminal reaches only pytest, which
            # then stops the group itself, workers included.
            start_new_session=True,
        )
        _live.add(process)
    return process


@contextmanager
def shielded() -> Iterator[None]:
    """Ignore Ctrl-C and SIGTERM for the duration of a cleanup.

    A second Ctrl-C (or `timeout`, which signals the process and then its
    group) must not cut a cleanup short and leave servers or folders behind.
    Signal handlers can only be changed in the main thread.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {
        signum: signal.signal(signum, signal.SIG_IGN)
        for signum in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a process and its whole group: SIGTERM, then SIGKILL after a grace."""
    with shielded():
        if process.poll() is None:
            # The whole group: gunicorn's workers and anything else it forked.
            _signal_group(process, signal.SIGTERM)
            try:
                process.wait(STOP_GRACE)
            except subprocess.TimeoutExpired:
                _signal_group(process, signal.SIGKILL)
                process.wait(STOP_GRACE)
        with _lock:
            _live.discard(process)


def _signal_group(process: subprocess.Popen[bytes], signum: int) -> None:
    try:
        os.killpg(process.pid, signum)
    except (ProcessLookupError, PermissionError):
        pass


def remove_workdir(workdir: Path) -> None:
    """Remove a temporary folder and forget it."""
    shutil.rmtree(workdir, ignore_errors=True)
    workdirs.discard(workdir)


def stop_all() -> None:
    """Stop every registered process and refuse to start new ones."""
    global _closing
    with shielded():
        with _lock:
            _closing = True
            processes = list(_live)
        for process in processes:
            stop(process)
        for workdir in list(workdirs):
            remove_workdir(workdir)


atexit.register(stop_all)


def run(
    args: Sequence[str],
    env: Mapping[str, str],
    input: str | None = None,
    timeout: float = CLI_TIMEOUT,
) -> subprocess.CompletedProcess[str]:
    """Run one command to completion from the repository root.

    It is registered, so Ctrl-C stops it too. Its output and its error output
    come back apart, in `.stdout` and `.stderr`.
    """
    process = spawn(
        args,
        env,
        REPO_ROOT,
        stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        out, err = process.communicate(
            input.encode() if input is not None else None, timeout=timeout
        )
    finally:
        stop(process)
    return subprocess.CompletedProcess(
        list(args),
        process.returncode,
        out.decode(errors="replace"),
        err.decode(errors="replace"),
    )
