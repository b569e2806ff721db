"""Options, fixtures and the differences report of the shared black-box suite.

Every test that asks for `target` runs once per selected app (ids end in
`[flask]` and `[django]`). The apps are started once per session, both at the
same time, from their own CLIs (see harness.py), unless --flask-url or
--django-url point at servers that are already running. At the end of a run
over both apps the observed differences are printed side by side and written
to build/differences.md.
"""

from __future__ import annotations

import signal
from pathlib import Path
from types import FrameType

import pytest

# pytest finds fixtures by name in conftest.py; fixtures.py defines them.
from harness.fixtures import (  # noqa: F401
    client,
    demo_note,
    observe,
    recorder,
    run_info,
    servers,
    target,
    twin,
)
from harness.markdown_table import render
from harness.observations import Recorder, column_titles
from harness.processes import REPO_ROOT, stop_all
from harness.run_state import APPS, RECORDER, RUN_INFO, RunInfo
from helpers.tallies import REPORT_PATH as CONCURRENCY_PATH
from helpers.tallies import lines as concurrency_lines

SUITE_DIR = Path(__file__).resolve().parent
REPORT_PATH = REPO_ROOT / "build" / "differences.md"
README_TEST = "test_readme.py"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("shared suite")
    group.addoption(
        "--target",
        choices=(*APPS, "both"),
        default="both",
        help="which app to test (default: both)",
    )
    group.addoption(
        "--mode",
        choices=("dev", "prod"),
        default="dev",
        help="dev: the frameworks' dev servers with DEBUG on; "
        "prod: gunicorn, 2 gthread workers of 8 threads, DEBUG off (default: dev)",
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


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config
) -> None:
    counts = concurrency_lines()
    if counts:
        # The concurrency test's counts change from run to run: shown, never
        # compared with the README.
        terminalreporter.section("concurrency test: acknowledged writes, kept notes")
        for line in counts:
            terminalreporter.write_line(line)
        path = CONCURRENCY_PATH.relative_to(REPO_ROOT)
        terminalreporter.write_line(f"written to {path}")
    observed = config.stash[RECORDER]
    if not set(APPS) <= observed.apps():
        return
    table = render(observed.table, column_titles())
    terminalreporter.section(f"observed differences ({observed.mode} mode)")
    terminalreporter.write(table)
    REPORT_PATH.parent.mkdir(exist_ok=True)
    REPORT_PATH.write_text(
        f"# Observed differences ({observed.mode} mode)\n\n{table}", encoding="utf-8"
    )
    terminalreporter.write_line(f"written to {REPORT_PATH.relative_to(REPO_ROOT)}")
