"""The load generator, in its own process: wrk when installed, else Locust.

wrk (a C program, `apt-get install wrk` on Debian) keeps 8 connections busy
from one thread and hardly competes with the worker for CPU. Without it the
benchmark drives Locust (bench/locust_run.py), the well-kept Python load
tester (requirements-locust.txt): it needs more CPU per request than wrk, so
on a small machine its req/s are lower, while the worker's CPU time per
request, the main figure, stays comparable.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass
from importlib.metadata import version

import requests

from bench import BENCH_DIR

CONNECTIONS = 8
TIMEOUT_SECONDS = 30  # a sign-in queued behind seven others takes seconds


@dataclass(frozen=True)
class Request:
    """One kind of request sent over and over, and the status it must get."""

    method: str
    path: str
    expected: int = 200
    body: str = ""
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class LoadResult:
    """What the load generator saw during one run."""

    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int  # socket errors, timeouts and unexpected statuses

    @property
    def rps(self) -> float:
        return self.requests / self.seconds


def send_once(base_url: str, request: Request) -> None:
    """Send the request once, outside any run; fail unless it gets its status."""
    response = requests.request(
        request.method,
        base_url + request.path,
        data=request.body.encode() or None,
        headers=dict(request.headers),
        allow_redirects=False,
        timeout=TIMEOUT_SECONDS,
    )
    if response.status_code != request.expected:
        raise RuntimeError(
            f"{request.method} {base_url}{request.path}: {response.status_code}, "
            f"expected {request.expected}"
        )


def use_wrk() -> bool:
    """Return whether wrk is on PATH."""
    return shutil.which("wrk") is not None


def generator_name() -> str:
    """Name the load generator in use, with its version, for the report."""
    if use_wrk():
        out = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
        return " ".join((out.stdout or out.stderr).split()[:2])
    return f"Locust {version('locust')} (wrk not found)"


def run_load(base_url: str, request: Request, seconds: int) -> LoadResult:
    """Send request with 8 connections for seconds; return what was measured."""
    if use_wrk():
        return _run_wrk(base_url, request, seconds)
    return _run_locust(base_url, request, seconds)


def _run_wrk(base_url: str, request: Request, seconds: int) -> LoadResult:
    headers = [f"{name}: {value}" for name, value in request.headers]
    command = [
        "wrk",
        "--threads",
        "1",
        "--connections",
        str(CONNECTIONS),
        "--duration",
        f"{seconds}s",
        "--timeout",
        f"{TIMEOUT_SECONDS}s",
        "--script",
        str(BENCH_DIR / "wrk_report.lua"),
        base_url + request.path,
        "--",
        str(request.expected),
        request.method,
        request.body,
        *headers,
    ]
    out = subprocess.run(
        command, capture_output=True, text=True, timeout=seconds + 60, check=True
    )
    (line,) = [line for line in out.stdout.splitlines() if line.startswith("BENCH ")]
    data = json.loads(line.removeprefix("BENCH "))
    return LoadResult(
        requests=data["requests"],
        seconds=data["seconds"],
        p50_ms=data["p50_ms"],
        p99_ms=data["p99_ms"],
        errors=data["socket_errors"] + data["unexpected_status"],
    )


def _run_locust(base_url: str, request: Request, seconds: int) -> LoadResult:
    env = {**os.environ, "BENCH_REQUEST": json.dumps(asdict(request))}
    command = [sys.executable, "-m", "bench.locust_run", base_url, str(seconds)]
    out = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=seconds + 60
    )
    if out.returncode != 0:
        raise RuntimeError(f"Locust failed:\n{out.stderr}")
    return LoadResult(**json.loads(out.stdout.splitlines()[-1]))
