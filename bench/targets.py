"""The seven servers of a run: the twins at 12 and at 10,000 notes, and the anchors.

Each twin gets a fresh database prepared exactly as the shared suite prepares
one in production mode (harness.app_server.AppServer: migrate, seed,
collectstatic), and the large ones then get bench/rows.py loaded in bulk. The
anchors run with the same environment; `raw` returns the bytes of the Flask
twin's home page, saved once that server answers.
"""

from __future__ import annotations

import os
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bench.servers import Server
from harness.app_commands import app_environment
from harness.app_server import AppServer, HarnessError
from harness.processes import REPO_ROOT, remove_workdir, run, workdirs
from harness.profile_types import Profile
from helpers.client import new_session
from profiles import PROFILES

TWINS = ("flask", "django")
ANCHORS = {
    "raw": ("Raw WSGI (ceiling)", ("bench.anchors.raw:application",)),
    "flask-min": ("Minimal Flask", ("bench.anchors.flask_min:app",)),
    "django-min": ("Minimal Django", ("bench.anchors.django_min:application",)),
}
LARGE = "10k"  # the suffix of the twins at 10,000 notes
# Whose home page is profiled: the ceiling does next to nothing to profile.
PROFILED = ("flask-min", "flask", "django-min", "django")


@dataclass
class Target:
    """A server under measurement and what the report calls it."""

    key: str  # flask, django, flask-10k, django-10k, raw, flask-min, django-min
    title: str
    server: Server
    app: AppServer | None = None  # the twins' database and CLI

    @property
    def profile(self) -> Profile | None:
        return self.app.profile if self.app else None


def run_script(env: dict[str, str], module: str, *args: str) -> str:
    """Run python -m module with a target's environment; return its output."""
    # The Django project's packages (config, notes) live in django_app/.
    paths = [str(REPO_ROOT / "django_app"), env.get("PYTHONPATH", "")]
    env = {
        **env,
        "PYTHONPATH": os.pathsep.join(filter(None, paths)),
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    result = run([sys.executable, "-m", module, *args], env)
    if result.returncode != 0:
        raise HarnessError(f"{module} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def _prepare(name: str, large: bool, database_urls: dict[str, str]) -> Target:
    key = f"{name}-{LARGE}" if large else name
    app = AppServer(PROFILES[name], "prod", database_urls.get(key))
    app.prepare()
    if large:
        run_script(app.env, f"bench.bulk_{name}")
    title = app.profile.title + (" at 10,000 notes" if large else " twin")
    server = Server(key, app.profile.commands.wsgi, app.env, app.workdir)
    return Target(key, title, server, app)


def prepare_twins(database_urls: dict[str, str]) -> list[Target]:
    """Migrate, seed and (for the large ones) bulk-load the four twin databases.

    database_urls maps a key (flask, flask-10k, …) to a database to use instead
    of a fresh SQLite file.
    """
    jobs = [(name, large) for large in (False, True) for name in TWINS]
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = [
            pool.submit(_prepare, name, large, database_urls) for name, large in jobs
        ]
        return [future.result() for future in futures]


def anchor_targets(page: bytes) -> list[Target]:
    """Make the three anchors, in a temporary folder with the page `raw` returns."""
    workdir = Path(tempfile.mkdtemp(prefix="bench-anchors-"))
    workdirs.add(workdir)
    (workdir / "home.html").write_bytes(page)
    # The twins' production environment (DEBUG=0, a SECRET_KEY); no database.
    env = app_environment(PROFILES["flask"], "prod", workdir, None)
    env["BENCH_PAGE"] = str(workdir / "home.html")
    return [
        Target(key, title, Server(key, wsgi, env, workdir))
        for key, (title, wsgi) in ANCHORS.items()
    ]


def home_page(target: Target) -> bytes:
    """Return the body of a target's home page."""
    with new_session() as session:
        response = session.get(target.server.base_url + "/", allow_redirects=False)
        response.raise_for_status()
        return response.content


def cleanup(targets: list[Target]) -> None:
    """Stop every server and remove every temporary folder."""
    for target in targets:
        target.server.stop()
        if target.app is not None:
            target.app.stop()
        else:
            remove_workdir(target.server.workdir)
