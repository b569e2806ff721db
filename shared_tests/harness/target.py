"""Bring the apps up for a test run, and what a test sees of one: a Target.

The apps are prepared and started at the same time (app_server.py does the
work for one app; processes.py keeps track of every process so that all of
them stop on teardown, on failure and on Ctrl-C). A test gets a Target: where
the app answers, its profile, and its CLI when the suite started the server.
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import pytest

from harness.app_server import AppServer
from harness.processes import shielded, stop_all
from harness.profile_types import Profile
from profiles import PROFILES


def start_servers(
    names: Sequence[str], mode: str, database_urls: Mapping[str, str | None]
) -> dict[str, AppServer | BaseException]:
    """Prepare and start the named apps concurrently; one failure spares the rest.

    Returns each app's running server, or the error that stopped it.
    """
    results: dict[str, AppServer | BaseException] = {}
    servers = {
        name: AppServer(PROFILES[name], mode, database_urls.get(name)) for name in names
    }

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
        env: Mapping[str, str | None] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Run the app's CLI against the server's database (returncode unchecked).

        The output is in `.stdout`, the error output in `.stderr`. env changes
        the app's environment: a value sets a variable, None removes it. For a
        server started outside the suite the CLI cannot reach its database, so
        the test is skipped with that reason.
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
    """The target for a server the suite started."""
    return Target(server.name, server.base_url, server.profile, server.mode, server)


@contextmanager
def fresh_server(target: Target, steps: Sequence[tuple[str, ...]]) -> Iterator[Target]:
    """The target's app started again on a fresh SQLite database of its own,
    after running only these CLI steps (say, migrate and not seed)."""
    if target.server is None:
        pytest.skip(f"{target.name} runs outside the suite: it cannot be restarted")
    server = AppServer(
        target.profile,
        target.mode,
        None,  # a fresh SQLite file, whatever database the suite runs on
        extra_env={"STATIC_ROOT": target.server.env["STATIC_ROOT"]},
    )
    try:
        for args in steps:
            result = server.cli(*args)
            assert result.returncode == 0, result.stdout + result.stderr
        server.start()
        server.wait_ready()
        yield server_target(server)
    finally:
        server.stop()
