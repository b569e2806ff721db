"""The two apps as `python -m tools.serve` runs them: setup, dev servers, output.

Every command runs with the Python that runs the tool (tox's environment),
from the repository root, in a process group of its own (jobs.py).
"""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
from pathlib import Path

from tools.serve.jobs import start
from tools.serve.ports import HOST

ROOT = Path(__file__).resolve().parents[2]
FLASK = ["-m", "flask", "--app", "flask_app"]
DJANGO = ["django_app/manage.py"]
# Run in two steps, both apps at once in each; only seed's line is shown.
SETUP = [
    {"Flask": [*FLASK, "db", "upgrade"], "Django": [*DJANGO, "migrate", "--noinput"]},
    {"Flask": [*FLASK, "seed"], "Django": [*DJANGO, "seed"]},
]
# Flask's reloader watches the Python files under every folder on sys.path, the
# repository root included, which holds the Django app too: a change there
# must not restart Flask.
NOT_FLASK = os.pathsep.join(["*/django_app/*", "*/shared_tests/*", "*/tools/*"])


def launch(args: list[str]) -> subprocess.Popen[bytes]:
    """Start `python args` from the repository root, output and errors piped."""
    return start(
        [sys.executable, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def server(app: str, port: int) -> list[str]:
    """The dev server's command line, after `python`."""
    if app == "Flask":
        address = ["--host", HOST, "--port", str(port)]
        return [*FLASK, "run", "--debug", *address, "--exclude-patterns", NOT_FLASK]
    return [*DJANGO, "runserver", f"{HOST}:{port}"]


def follow(app: str, process: subprocess.Popen[bytes], lines: queue.Queue) -> None:
    """Queue each line the process prints, then None when its output ends."""
    assert process.stdout is not None
    for raw in process.stdout:
        lines.put((app, raw.decode(errors="replace").rstrip()))
    lines.put((app, None))


def answers(port: int) -> bool:
    """Whether a server is serving on the port: it accepts a connection and closes
    it when the client sends nothing (no request, so nothing in its log)."""
    try:
        with socket.create_connection((HOST, port), timeout=1) as sock:
            sock.shutdown(socket.SHUT_WR)
            return sock.recv(1) == b""
    except OSError:  # refused, reset, or not served yet (a timeout)
        return False
