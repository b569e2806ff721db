"""Options, fixtures and the differences report of the shared black-box suite.

Every test that asks for `target` runs once per selected app (ids end in
`[flask]` and `[django]`). The apps are started once per session, both at the
same time, from their own CLIs (see harness.py), unless --flask-url or
--django-url point at servers that are already running. At the end of a run
over both apps the observed differences are printed side by side and written
to build/differences.md.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
import requests
from harness import (
    REPO_ROOT,
    AppServer,
    Target,
    external_target,
    server_target,
    start_servers,
    stop_all,
)
from observations import Observe, Recorder, column_titles, render
from pages import new_session, seeded_note

APPS = ("flask", "django")
SUITE_DIR = Path(__file__).resolve().parent
REPORT_PATH = REPO_ROOT / "build" / "differences.md"
README_TEST = "test_readme.py"

RECORDER = pytest.StashKey[Recorder]()
RUN_INFO = pytest.StashKey["RunInfo"]()


@dataclass
class RunInfo:
    """What this run covers, for the README check."""

    apps: tuple[str, ...]
    mode: str
    update_readme: bool
    complete: bool = False  # every test module, nothing deselected
    deselected: int = 0  # by -k, -m, --lf, --deselect, … (not the twin tests)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("shared suite")
    group.addoption(
        "--target",
        choices=("flask", "django", "both"),
        default="both",
        help="which app to test (default: both)",
    )
    group.addoption(
        "--mode",
        choices=("dev", "prod"),
        default="dev",
        help="dev: the frameworks' dev servers with DEBUG on; "
        "prod: gunicorn, 2 workers, DEBUG off (default: dev)",
    )
    for app in APPS:
        group.addoption(
            f"--{app}-url",
            metavar="URL",
            default=None,
            help=f"test the {app} app already running at URL (seeded demo data)",
        )
    group.addoption(
        "--update-readme",
        action="store_true",
        help="rewrite the README's observed-differences block from this run",
    )


def _interrupt(signum: int, frame: FrameType | None) -> None:
    # SIGTERM takes the same way out as Ctrl-C, so every server gets stopped.
    raise KeyboardInterrupt


def pytest_configure(config: pytest.Config) -> None:
    selected = config.getoption("--target")
    apps = APPS if selected == "both" else (selected,)
    mode = config.getoption("--mode")
    config.stash[RECORDER] = Recorder(mode)
    config.stash[RUN_INFO] = RunInfo(apps, mode, config.getoption("--update-readme"))
    signal.signal(signal.SIGTERM, _interrupt)


def pytest_unconfigure(config: pytest.Config) -> None:
    stop_all()


@pytest.hookimpl(trylast=True)
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # trylast: the app comes after any other parameter, so ids end in [flask].
    apps = list(metafunc.config.stash[RUN_INFO].apps)
    if "target" in metafunc.fixturenames:
        metafunc.parametrize("target", apps, ids=apps, indirect=True, scope="session")
    elif "app_name" in metafunc.fixturenames:
        metafunc.parametrize("app_name", apps, ids=apps, scope="session")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    info = config.stash[RUN_INFO]
    # Tests that compare the two apps need both of them.
    if len(info.apps) < 2:
        paired = [item for item in items if "twin" in getattr(item, "fixturenames", ())]
        if paired:
            config.hook.pytest_deselected(items=paired)
            info.deselected -= len(paired)
            items[:] = [item for item in items if item not in paired]
    # The README check reads what every other test observed, so it runs last.
    items.sort(key=lambda item: item.path.name == README_TEST)
    modules = {item.path for item in items}
    info.complete = (
        set(SUITE_DIR.glob("test_*.py")) <= modules
        and info.deselected == 0
        and not any("::" in arg for arg in config.args)
    )


def pytest_deselected(items: list[pytest.Item]) -> None:
    if items:
        items[0].config.stash[RUN_INFO].deselected += len(items)


# --- servers and targets ------------------------------------------------------------


@pytest.fixture(scope="session")
def servers(
    request: pytest.FixtureRequest,
) -> Iterator[dict[str, Target | BaseException]]:
    """Every selected app, started once for the session (both at the same time)."""
    config = request.config
    info = config.stash[RUN_INFO]
    targets: dict[str, Target | BaseException] = {}
    to_start = []
    for app in info.apps:
        url = config.getoption(f"--{app}-url")
        if url:
            targets[app] = external_target(app, url, info.mode)
        else:
            to_start.append(app)
    database_urls = {app: os.environ.get(f"DATABASE_URL_{app.upper()}") for app in APPS}
    started = start_servers(to_start, info.mode, database_urls)
    try:
        for app, result in started.items():
            targets[app] = (
                server_target(result) if isinstance(result, AppServer) else result
            )
        yield targets
    finally:
        for result in started.values():
            if isinstance(result, AppServer):
                result.stop()


@pytest.fixture(scope="session")
def target(
    request: pytest.FixtureRequest, servers: dict[str, Target | BaseException]
) -> Target:
    """The app under test (parametrized: each test runs once per selected app)."""
    result = servers[request.param]
    if isinstance(result, BaseException):
        pytest.fail(f"{request.param} did not start: {result}", pytrace=False)
    return result


@pytest.fixture(scope="session")
def twin(target: Target, servers: dict[str, Target | BaseException]) -> Target:
    """The other app, for tests that compare the two (collected with both only)."""
    (other,) = [name for name in servers if name != target.name]
    result = servers[other]
    if isinstance(result, BaseException):
        pytest.fail(f"{other} did not start: {result}", pytrace=False)
    return result


@pytest.fixture
def client() -> Iterator[requests.Session]:
    """A fresh HTTP session (own cookies) for one test."""
    session = new_session()
    yield session
    session.close()


@pytest.fixture(scope="session")
def demo_note(target: Target) -> dict[str, Any]:
    """A note the seed wrote ("Demo note 5", by alice), as /api/notes/ lists it."""
    return seeded_note(target)


# --- observations ------------------------------------------------------------------


@pytest.fixture
def observe(request: pytest.FixtureRequest, target: Target) -> Observe:
    """observe(row, value[, per_mode=True]) for the app under test."""
    return Observe(
        request.config.stash[RECORDER], target.name, target.mode, request.node.nodeid
    )


@pytest.fixture
def recorder(request: pytest.FixtureRequest) -> Recorder:
    """Every observation made so far in this run."""
    return request.config.stash[RECORDER]


@pytest.fixture
def run_info(request: pytest.FixtureRequest) -> RunInfo:
    """Which apps and mode this run covers, and whether it ran every test."""
    return request.config.stash[RUN_INFO]


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config
) -> None:
    recorder = config.stash[RECORDER]
    if not set(APPS) <= recorder.apps():
        return
    table = render(recorder.table, column_titles())
    terminalreporter.section(f"observed differences ({recorder.mode} mode)")
    terminalreporter.write(table)
    REPORT_PATH.parent.mkdir(exist_ok=True)
    REPORT_PATH.write_text(
        f"# Observed differences ({recorder.mode} mode)\n\n{table}", encoding="utf-8"
    )
    terminalreporter.write_line(f"written to {REPORT_PATH.relative_to(REPO_ROOT)}")
