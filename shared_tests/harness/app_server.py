"""One app under test: a temporary folder, a fresh database, its CLI and server.

The suite never imports either app. For each app it makes a temporary folder
with a fresh SQLite database (or uses the DATABASE_URL it is given), runs the
app's documented commands from its profile (migrate, seed, collectstatic in
production mode) and serves it on a free port: its framework's dev server
with DEBUG on, or gunicorn with DEBUG off (app_commands.py has the command
lines and the environment).
"""

from __future__ import annotations

import socket
import subprocess
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import requests

from harness.app_commands import (
    app_environment,
    changed_environment,
    cli_command,
    server_command,
)
from harness.processes import (
    REPO_ROOT,
    remove_workdir,
    run,
    shielded,
    spawn,
    stop,
    workdirs,
)
from harness.profile_types import Profile

START_TIMEOUT = 60.0  # seconds for a server to answer its first request


class HarnessError(RuntimeError):
    """An app could not be prepared or started; the message holds its output."""


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class AppServer:
    """One app under test: its environment, its database and its server."""

    profile: Profile
    mode: str
    database_url: str | None = None  # None: a fresh SQLite file in the temp dir
    # Changes to the app's environment: a value sets a variable, None removes it.
    extra_env: Mapping[str, str | None] = field(default_factory=dict)
    workdir: Path = field(init=False)
    env: dict[str, str] = field(init=False)
    port: int = field(init=False)
    process: subprocess.Popen[bytes] | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.workdir = Path(tempfile.mkdtemp(prefix=f"shared-tests-{self.name}-"))
        workdirs.add(self.workdir)
        self.port = free_port()
        self.env = changed_environment(
            app_environment(self.profile, self.mode, self.workdir, self.database_url),
            self.extra_env,
        )

    def __repr__(self) -> str:
        return f"AppServer({self.name}, {self.mode}, {self.base_url})"

    @property
    def name(self) -> str:
        return self.profile.name

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
        env: Mapping[str, str | None] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Run one of the app's CLI commands against this server's database.

        env changes the app's environment: a value sets a variable (a password
        the command reads, say), None removes it.
        """
        final = changed_environment(self.env, env or {})
        return run(cli_command(self.profile, *args), final, input)

    def prepare(self) -> None:
        """Migrate and seed the database (and collect static files in prod)."""
        commands = self.profile.commands
        steps = commands.setup + (commands.prod_setup if self.mode == "prod" else ())
        for args in steps:
            result = self.cli(*args)
            if result.returncode != 0:
                raise HarnessError(
                    f"{self.name}: `{' '.join(args)}` exited with "
                    f"{result.returncode}:\n{result.stdout}{result.stderr}"
                )

    def start(self) -> None:
        """Start the server; `wait_ready` then waits until it answers."""
        with self.log_path.open("wb") as log:
            command = server_command(self.profile, self.mode, self.port)
            self.process = spawn(command, self.env, REPO_ROOT, stdout=log)

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
            remove_workdir(self.workdir)
