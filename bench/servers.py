"""One gunicorn server under measurement: one sync worker, its CPU, memory and count.

Every target runs under the same command line (one sync worker, no control
socket, the counter hook of gunicorn_conf.py) with the environment the shared
suite gives an app in production mode (DEBUG=0, a SECRET_KEY). The worker is
the master's only child; its CPU time and its own count of served requests
are read before and after each load run.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import requests

from bench import BENCH_DIR
from bench.gunicorn_conf import COUNTER
from harness.app_server import HarnessError, free_port
from harness.processes import REPO_ROOT, spawn, stop

START_TIMEOUT = 60.0  # seconds from the command to the first 200
POLL = 0.01  # seconds between two tries while a server starts
SETTLE_POLL = 0.1  # seconds between two looks at a worker that may still be busy


def gunicorn_command(port: int, wsgi: tuple[str, ...]) -> list[str]:
    """Return the one command line every target is served with."""
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "--workers",
        "1",
        # gunicorn 27 shares one control socket in ~/.gunicorn by default.
        "--no-control-socket",
        "--bind",
        f"127.0.0.1:{port}",
        "--config",
        str(BENCH_DIR / "gunicorn_conf.py"),
        *wsgi,
    ]


@dataclass
class Server:
    """A target served by gunicorn: start it, read its worker, stop it."""

    name: str
    wsgi: tuple[str, ...]  # gunicorn's arguments that name the app
    env: dict[str, str]
    workdir: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = field(default=None, init=False)
    worker: psutil.Process | None = field(default=None, init=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def counter_path(self) -> Path:
        return self.workdir / f"served-{self.port}"

    def start(self) -> float:
        """Start the server; return the seconds from the command to the first 200."""
        env = {**self.env, "BENCH_COUNTER_FILE": str(self.counter_path)}
        log = (self.workdir / f"gunicorn-{self.port}.log").open("wb")
        began = time.perf_counter()
        self.process = spawn(
            gunicorn_command(self.port, self.wsgi), env, REPO_ROOT, log
        )
        log.close()
        while not self._answers_200():
            if self.process.poll() is not None or (
                time.perf_counter() - began > START_TIMEOUT
            ):
                raise HarnessError(f"{self.name} did not start:\n{self.output()}")
            time.sleep(POLL)
        elapsed = time.perf_counter() - began
        (self.worker,) = psutil.Process(self.process.pid).children()
        return elapsed

    def _answers_200(self) -> bool:
        # Once gunicorn listens, a request waits in the queue until the worker
        # has imported the app: its answer marks the end of the cold start.
        timeout = (1.0, START_TIMEOUT)  # to connect, to read
        try:
            response = requests.get(self.base_url + "/", timeout=timeout)
        except requests.ConnectionError:
            return False
        return response.status_code == 200

    def output(self) -> str:
        """Return what gunicorn and the app printed so far."""
        path = self.workdir / f"gunicorn-{self.port}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def served(self) -> int:
        """Return how many requests the worker has handled since it started."""
        return COUNTER.unpack(self.counter_path.read_bytes())[0]

    def cpu_seconds(self) -> float:
        """Return the worker's CPU time so far, user and system."""
        assert self.worker is not None, "start() first"
        times = self.worker.cpu_times()
        return times.user + times.system

    def rss_bytes(self) -> int:
        """Return the worker's resident memory."""
        assert self.worker is not None, "start() first"
        return self.worker.memory_info().rss

    def settle(self) -> tuple[int, float]:
        """Wait until the worker is idle; return its count and CPU time then.

        When a load run ends, requests already queued on the socket are still
        served (to clients that are gone); they cost CPU and are counted, so
        both numbers are read once neither moves and the worker sleeps in its
        wait for a connection. On a busy machine a worker can sit runnable
        without getting the CPU for a while: that is not idle.
        """
        assert self.worker is not None, "start() first"
        last = None
        while True:
            now = (self.served(), self.cpu_seconds())
            if now == last and self.worker.status() == psutil.STATUS_SLEEPING:
                return now
            last = now
            time.sleep(SETTLE_POLL)

    def stop(self) -> None:
        """Stop the master and its worker."""
        if self.process is not None:
            stop(self.process)
            self.process = None
            self.worker = None
