"""Start and stop the two apps for the shared suite, through their own CLIs.

The suite never imports either app. For each app it makes a temporary folder
with a fresh SQLite database, runs the app's documented commands (migrate,
seed, collectstatic in production mode) and starts its server on a free port,
each process in its own process group so that one signal stops the server and
everything it forked (gunicorn's workers). Every process started here is
registered, and `stop_all` ends them (and removes the temporary folders) on
teardown, on failure, on Ctrl-C and at interpreter exit.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest
import requests
from profiles import PROFILES, Profile

REPO_ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 60.0  # seconds for a server to answer its first request
CLI_TIMEOUT = 120.0  # seconds for one CLI command (migrate, seed, …)
STOP_GRACE = 5.0  # seconds between SIGTERM and SIGKILL
PROD_SECRET_KEY = "shared-tests-secret-key-not-for-real-use"
ALLOWED_HOSTS = "localhost,127.0.0.1"

# Variables from the caller's environment that would point an app elsewhere.
_SCRUBBED_ENV = (
    "DATABASE_URL",
    "DJANGO_SETTINGS_MODULE",
    "FLASK_APP",
    "FLASK_DEBUG",
    "FLASK_RUN_PORT",
    "FLASK_RUN_HOST",
    "SECRET_KEY",
    "STATIC_ROOT",
    "WEB_CONCURRENCY",
    "GUNICORN_CMD_ARGS",
)


class HarnessError(RuntimeError):
    """An app could not be prepared or started; the message holds its output."""


class ShuttingDown(RuntimeError):
    """The suite is stopping; no new process may start."""


# --- the registry of every process the suite started ---------------------------

_lock = threading.Lock()
_live: set[subprocess.Popen[bytes]] = set()
_workdirs: set[Path] = set()  # temporary folders not removed yet
_closing = False


def spawn(
    args: Sequence[str],
    env: dict[str, str],
    cwd: Path,
    stdout: int | IO[bytes] = subprocess.PIPE,
    stdin: int | None = subprocess.DEVNULL,
) -> subprocess.Popen[bytes]:
    """Start a process in its own process group and register it for stopping."""
    with _lock:
        if _closing:
            raise ShuttingDown("the suite is stopping")
        process = subprocess.Popen(
            list(args),
            cwd=cwd,
            env=env,
            stdin=stdin,
            stdout=stdout,
            stderr=subprocess.STDOUT,
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


def stop_all() -> None:
    """Stop every registered process and refuse to start new ones."""
    global _closing
    with shielded():
        with _lock:
            _closing = True
            processes = list(_live)
        for process in processes:
            stop(process)
        for workdir in list(_workdirs):
            shutil.rmtree(workdir, ignore_errors=True)
            _workdirs.discard(workdir)


atexit.register(stop_all)


def run(
    args: Sequence[str],
    env: dict[str, str],
    input: str | None = None,
    timeout: float = CLI_TIMEOUT,
) -> subprocess.CompletedProcess[str]:
    """Run one command to completion (registered, so Ctrl-C stops it too)."""
    process = spawn(
        args,
        env,
        REPO_ROOT,
        stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
    )
    try:
        out, _ = process.communicate(
            input.encode() if input is not None else None, timeout=timeout
        )
    finally:
        stop(process)
    text = out.decode(errors="replace")
    return subprocess.CompletedProcess(list(args), process.returncode, text, "")


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- one app ---------------------------------------------------------------------


@dataclass(frozen=True)
class Commands:
    """How one app is driven: its CLI, its setup steps and its two servers."""

    cli: tuple[str, ...]  # run from the repository root
    setup: tuple[tuple[str, ...], ...]  # CLI steps before the server starts
    prod_setup: tuple[tuple[str, ...], ...]  # extra steps for --mode prod
    dev_server: tuple[str, ...]  # CLI arguments; {port} is filled in
    wsgi: tuple[str, ...]  # gunicorn's arguments that name the app


COMMANDS = {
    "flask": Commands(
        cli=(sys.executable, "-m", "flask", "--app", "flask_app"),
        setup=(("db", "upgrade"), ("seed",)),
        prod_setup=(),
        dev_server=("run", "--debug", "--no-reload", "--port", "{port}"),
        wsgi=("flask_app.wsgi:app",),
    ),
    "django": Commands(
        cli=(sys.executable, "django_app/manage.py"),
        setup=(("migrate", "--noinput"), ("seed",)),
        # WhiteNoise serves what collectstatic gathered into STATIC_ROOT.
        prod_setup=(("collectstatic", "--noinput"),),
        dev_server=("runserver", "127.0.0.1:{port}", "--noreload"),
        wsgi=("--chdir", "django_app", "config.wsgi"),
    ),
}


def cli_command(name: str) -> list[str]:
    """The documented command line of an app's CLI (run from the repo root)."""
    return list(COMMANDS[name].cli)


# The old private name, still used by accounts.run_cli; Target.cli(env=…) does
# the same job.
_cli_prefix = cli_command


def server_command(name: str, mode: str, port: int) -> list[str]:
    """The command that serves an app: its dev server, or gunicorn in prod."""
    commands = COMMANDS[name]
    if mode == "prod":
        return [
            sys.executable,
            "-m",
            "gunicorn",
            "--workers",
            "2",
            # gunicorn 27 shares one control socket in ~/.gunicorn by default.
            "--no-control-socket",
            "--bind",
            f"127.0.0.1:{port}",
            *commands.wsgi,
        ]
    return [*commands.cli, *(arg.format(port=port) for arg in commands.dev_server)]


@dataclass
class AppServer:
    """One app under test: its environment, its database and its server."""

    name: str
    mode: str
    database_url: str | None = None  # None: a fresh SQLite file in the temp dir
    workdir: Path = field(init=False)
    env: dict[str, str] = field(init=False)
    port: int = field(init=False)
    process: subprocess.Popen[bytes] | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.workdir = Path(tempfile.mkdtemp(prefix=f"shared-tests-{self.name}-"))
        _workdirs.add(self.workdir)
        self.port = free_port()
        env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED_ENV}
        env.update(
            DATABASE_URL=self.database_url
            or f"sqlite:///{self.workdir / f'{self.name}.sqlite3'}",
            DEBUG="1" if self.mode == "dev" else "0",
            ALLOWED_HOSTS=ALLOWED_HOSTS,
            PYTHONUNBUFFERED="1",
            STATIC_ROOT=str(self.workdir / "static"),
        )
        if self.mode == "prod":
            env["SECRET_KEY"] = PROD_SECRET_KEY
        self.env = env

    def __repr__(self) -> str:
        return f"AppServer({self.name}, {self.mode}, {self.base_url})"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.workdir / "server.log"

    def cli(
        self,
        *args: str,
        input: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Run one of the app's CLI commands against this server's database.

        env adds variables (a password the command reads, say) to the app's own.
        """
        return run(
            [*cli_command(self.name), *args], {**self.env, **(env or {})}, input=input
        )

    def prepare(self) -> None:
        """Migrate and seed the database (and collect static files in prod)."""
        commands = COMMANDS[self.name]
        steps = commands.setup + (commands.prod_setup if self.mode == "prod" else ())
        for args in steps:
            result = self.cli(*args)
            if result.returncode != 0:
                raise HarnessError(
                    f"{self.name}: `{' '.join(args)}` exited with "
                    f"{result.returncode}:\n{result.stdout}"
                )

    def start(self) -> None:
        """Start the server; `wait_ready` then waits until it answers."""
        with self.log_path.open("wb") as log:
            self.process = spawn(
                server_command(self.name, self.mode, self.port),
                self.env,
                REPO_ROOT,
                stdout=log,
            )

    def output(self) -> str:
        """What the server printed so far."""
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        """Poll GET / until the server answers at all, or fail with its output."""
        assert self.process is not None, "start() first"
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise HarnessError(
                    f"{self.name} server exited with {self.process.returncode}:\n"
                    f"{self.output()}"
                )
            try:
                with requests.Session() as session:
                    session.trust_env = False  # no proxy between us and the app
                    session.get(self.base_url + "/", timeout=2, allow_redirects=False)
                return
            except (requests.ConnectionError, requests.Timeout):
                pass
            if time.monotonic() > deadline:
                raise HarnessError(
                    f"{self.name} server did not answer within {timeout:.0f} s:\n"
                    f"{self.output()}"
                )
            # Polling for the server start is the only wait in the suite.
            time.sleep(0.05)

    def stop(self) -> None:
        """Stop the server and remove the temporary folder."""
        with shielded():
            if self.process is not None:
                stop(self.process)
                self.process = None
            shutil.rmtree(self.workdir, ignore_errors=True)
            _workdirs.discard(self.workdir)


def start_servers(
    names: Sequence[str], mode: str, database_urls: dict[str, str | None]
) -> dict[str, AppServer | BaseException]:
    """Prepare and start the named apps concurrently; one failure spares the rest.

    Returns each app's running server, or the error that stopped it.
    """
    results: dict[str, AppServer | BaseException] = {}
    servers = {name: AppServer(name, mode, database_urls.get(name)) for name in names}

    def bring_up(server: AppServer) -> None:
        try:
            server.prepare()
            server.start()
            server.wait_ready()
            results[server.name] = server
        except BaseException as error:  # reported per app, by the target fixture
            results[server.name] = error

    # Daemon threads: a Ctrl-C in the main thread must not wait for them.
    threads = [
        threading.Thread(target=bring_up, args=(server,), daemon=True)
        for server in servers.values()
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    except BaseException:
        # Ctrl-C while starting: stop everything, including what a thread is
        # about to start (spawn refuses once stop_all has run).
        with shielded():
            stop_all()
            for server in servers.values():
                server.stop()
        raise
    for name, result in results.items():
        if not isinstance(result, AppServer):
            servers[name].stop()
    return results


# --- what a test sees ----------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """The app under test, as a test sees it: where it is and what to expect."""

    name: str
    base_url: str
    profile: Profile
    mode: str
    server: AppServer | None = None  # None: a server started outside the suite

    def __repr__(self) -> str:
        return f"Target({self.name} at {self.base_url})"

    @property
    def env(self) -> dict[str, str]:
        """The environment the app's processes run with (empty when external)."""
        return dict(self.server.env) if self.server else {}

    def url(self, path: str) -> str:
        """The absolute URL of a path on this app."""
        assert path.startswith("/"), path
        return self.base_url + path

    def cli(
        self,
        *args: str,
        input: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Run the app's CLI against the server's database (returncode unchecked).

        The output (stdout and stderr together) is in `.stdout`; env adds
        variables to the app's environment. For a server started outside the
        suite the CLI cannot reach its database, so the test is skipped with
        that reason.
        """
        if self.server is None:
            pytest.skip(
                f"{self.name} runs at {self.base_url}, started outside the suite: "
                "its CLI and database are out of reach"
            )
        return self.server.cli(*args, input=input, env=env)


def external_target(name: str, url: str, mode: str) -> Target:
    """A target for a server that is already running (seeded demo data assumed)."""
    return Target(name, url.rstrip("/"), PROFILES[name], mode)


def server_target(server: AppServer) -> Target:
    return Target(
        server.name, server.base_url, PROFILES[server.name], server.mode, server
    )
