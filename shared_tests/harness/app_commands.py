"""What an app is run with: its command lines and its environment.

The command lines come from the app's profile (its CLI, its dev server, the
arguments that name it to gunicorn); each runs with the Python that runs the
suite, from the repository root. The environment is the caller's, minus
anything that would point the app elsewhere, plus the suite's settings.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from harness.profile_types import Profile

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


def cli_command(profile: Profile, *args: str) -> list[str]:
    """The app's documented CLI with these arguments."""
    return [sys.executable, *profile.commands.cli, *args]


def server_command(profile: Profile, mode: str, port: int) -> list[str]:
    """The command that serves an app: its dev server, or gunicorn in prod (the
    README's production command)."""
    if mode == "prod":
        return [
            sys.executable,
            "-m",
            "gunicorn",
            # Load the app once in the master: a missing SECRET_KEY stops gunicorn
            # with its one line instead of restarting workers forever.
            "--preload",
            "--workers",
            "2",
            # A sync worker serves one connection at a time and waits for a slow
            # client's headers, so a few clients that never finish them hold
            # every worker. gthread workers wait for data in a poller and serve
            # other connections meanwhile.
            "--worker-class",
            "gthread",
            "--threads",
            "8",
            # gunicorn 27 shares one control socket in ~/.gunicorn by default.
            "--no-control-socket",
            "--bind",
            f"127.0.0.1:{port}",
            *profile.commands.wsgi,
        ]
    return cli_command(
        profile, *(arg.format(port=port) for arg in profile.commands.dev_server)
    )


def app_environment(
    profile: Profile, mode: str, workdir: Path, database_url: str | None
) -> dict[str, str]:
    """The environment of every process of the app (database in workdir by default)."""
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED_ENV}
    env.update(
        DATABASE_URL=database_url or f"sqlite:///{workdir / f'{profile.name}.sqlite3'}",
        DEBUG="1" if mode == "dev" else "0",
        ALLOWED_HOSTS=ALLOWED_HOSTS,
        PYTHONUNBUFFERED="1",
        STATIC_ROOT=str(workdir / "static"),
    )
    if mode == "prod":
        env["SECRET_KEY"] = PROD_SECRET_KEY
    return env


def changed_environment(
    env: Mapping[str, str], changes: Mapping[str, str | None]
) -> dict[str, str]:
    """env with changes applied: a value sets a variable, None removes it."""
    merged = {**env, **changes}
    return {name: value for name, value in merged.items() if value is not None}
