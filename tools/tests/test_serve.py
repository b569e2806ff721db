"""`python -m tools.serve`: its port check, its process groups and its Ctrl-C.

Driven without the apps: real sockets for the ports, small Python processes
for the process groups, and a pseudo-terminal for Ctrl-C, so that the typed
character reaches processes the way a terminal sends it.
"""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.serve.jobs import GRACE, start, stop
from tools.serve.ports import HOST, port_problems

ROOT = Path(__file__).resolve().parents[2]
# A process that starts a child which ignores SIGTERM, prints the child's pid
# once the child is ready, and waits.
PARENT_OF_A_STUBBORN_CHILD = """
import subprocess, sys
child = subprocess.Popen([sys.executable, "-c", '''
import signal, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
print("ready", flush=True)
time.sleep(60)
'''], stdout=subprocess.PIPE)
child.stdout.readline()
print(child.pid, flush=True)
child.wait()
"""
# tox in miniature: it runs a command and reports how the command ended; the
# command is a job that takes the terminal while it waits for Ctrl-C.
JOB = """
import os, time
from tools.serve.jobs import foreground
with foreground():
    try:
        in_front = os.tcgetpgrp(0) == os.getpgrp()
        print("ready" if in_front else "job: not in front", flush=True)
        time.sleep(30)
        print("job: slept to the end", flush=True)
    except KeyboardInterrupt:
        print("job: stopped by Ctrl-C", flush=True)
"""
RUNNER = f"""
import subprocess, sys
status = subprocess.run([sys.executable, "-c", {JOB!r}]).returncode
print(f"runner: the job exited with {{status}}", flush=True)
"""


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A port on which another program listens for the test's duration."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        sock.listen()
        yield sock.getsockname()[1]


def free_port() -> int:
    """A port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def running(pid: int) -> bool:
    """Whether the process runs (a zombie, dead but not yet reaped, does not)."""
    stat = Path(f"/proc/{pid}/stat")
    if not Path("/proc/self").exists():  # no /proc (macOS): ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    try:
        return stat.read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False


def read_until(fd: int, text: bytes, seconds: float) -> bytes:
    """What the terminal shows until text appears, or until it closes."""
    output, deadline = b"", time.monotonic() + seconds
    while text not in output and time.monotonic() < deadline:
        if not select.select([fd], [], [], deadline - time.monotonic())[0]:
            break
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the terminal closed: everything on it has ended
            break
        if not chunk:
            break
        output += chunk
    return output


def test_a_taken_port_is_one_line_naming_its_variable(taken_port: int) -> None:
    """A port in use stops everything with one line that names the app, the
    variable and the option that choose another port; the free one is fine."""
    problems = port_problems({"Flask": taken_port, "Django": free_port()})
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"Port {taken_port} (Flask) is in use")
    assert "FLASK_PORT=" in problems[0] and "--flask-port " in problems[0]


def test_two_free_ports_pass_and_one_port_for_both_does_not() -> None:
    """Two free ports raise no problem; the same port for both apps does."""
    with socket.socket() as holder:  # keeps the two ports apart
        holder.bind((HOST, 0))
        port, other = holder.getsockname()[1], free_port()
    assert port_problems({"Flask": port, "Django": other}) == []
    assert port_problems({"Flask": port, "Django": port}) == [
        f"FLASK_PORT and DJANGO_PORT are both {port}: pick two."
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX process groups")
def test_stop_ends_the_whole_process_group() -> None:
    """stop() ends a process and what it started, even a child that ignores
    SIGTERM: nothing of the group outlives it."""
    parent = start(
        [sys.executable, "-c", PARENT_OF_A_STUBBORN_CHILD], stdout=subprocess.PIPE
    )
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    stop([parent])
    assert parent.returncode is not None
    # SIGKILL has been sent; the kernel ends the child at once, but
    # asynchronously: poll its state, as the suite polls a server's start.
    deadline = time.monotonic() + GRACE
    while running(child) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not running(child)


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal")
def test_ctrl_c_reaches_the_foreground_job_only() -> None:
    """Ctrl-C typed on the terminal stops the job that took the terminal and
    does not reach the process that runs it, as tox runs `tools.serve`."""
    import pty  # POSIX only

    pid, fd = pty.fork()
    if pid == 0:  # the child: the runner, leader of the terminal's session
        # A shell gives what it runs in a terminal the default Ctrl-C. The tests
        # may run where SIGINT is ignored (a background job of a script, as CI
        # can be), and an ignored signal stays ignored across exec.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.chdir(ROOT)
        os.environ["PYTHONPATH"] = str(ROOT)
        os.execv(sys.executable, [sys.executable, "-c", RUNNER])
    output = read_until(fd, b"ready", 30)
    os.write(fd, b"\x03")
    output += read_until(fd, b"runner: the job exited", 30)
    _, status = os.waitpid(pid, 0)
    text = output.decode(errors="replace")
    assert "job: stopped by Ctrl-C" in text, text
    assert "runner: the job exited with 0" in text, text
    assert os.waitstatus_to_exitcode(status) == 0, text
