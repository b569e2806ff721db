"""Options, hooks and fixtures of the real-browser suite.

Every test that asks for `app` runs once per selected app (ids end in
`[flask]` and `[django]`). Without a Chromium or axe-core the run stops at
once with one line that says how to get it. Paired screenshots are written to
build/screenshots/ on every run; the admin pages' axe results go to
build/accessibility.md, and test_readme_accessibility.py checks the README's
copy of them.
"""

from __future__ import annotations

import pytest

from browser_tests.support.axe import HOW_TO_GET_IT, axe_script
from browser_tests.support.chromium import HOW_TO_GET_ONE, find_chromium

# pytest finds fixtures by name in conftest.py; fixtures.py defines them.
from browser_tests.support.fixtures import (  # noqa: F401
    app,
    axe,
    browser,
    open_page,
    page,
    page_as,
    servers,
    signed_in_states,
)
from browser_tests.support.ledger import REPORT_PATH, write_report
from browser_tests.support.run import RUN, BrowserRun
from harness.processes import REPO_ROOT, stop_all
from harness.run_state import APPS

# Screenshots of the demo data come first, before any test writes a note; the
# README check reads what the axe tests recorded, so it comes last.
FIRST = "test_screenshots.py"
LAST = "test_readme_accessibility.py"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("browser suite")
    group.addoption(
        "--target",
        choices=(*APPS, "both"),
        default="both",
        help="which app to test (default: both)",
    )
    group.addoption(
        "--update-screenshots",
        action="store_true",
        help="copy the committed set of screenshots to docs/screenshots/",
    )
    group.addoption(
        "--update-readme",
        action="store_true",
        help="rewrite the README's block of the admin pages' axe results",
    )


def pytest_configure(config: pytest.Config) -> None:
    chromium, script = find_chromium(), axe_script()
    # Listing the tests needs neither; running them needs both.
    if not (config.option.help or config.option.collectonly):
        if chromium is None:
            pytest.exit(HOW_TO_GET_ONE, returncode=pytest.ExitCode.USAGE_ERROR)
        if script is None:
            pytest.exit(HOW_TO_GET_IT, returncode=pytest.ExitCode.USAGE_ERROR)
    selected = config.getoption("--target")
    config.stash[RUN] = BrowserRun(
        apps=APPS if selected == "both" else (selected,),
        chromium=chromium,
        axe_script=script,
        update_screenshots=config.getoption("--update-screenshots"),
        update_readme=config.getoption("--update-readme"),
    )


def pytest_unconfigure(config: pytest.Config) -> None:
    stop_all()


@pytest.hookimpl(trylast=True)
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # trylast: the app comes after any other parameter, so ids end in [flask].
    apps = list(metafunc.config.stash[RUN].apps)
    if "app" in metafunc.fixturenames:
        metafunc.parametrize("app", apps, ids=apps, indirect=True, scope="session")
    elif "app_name" in metafunc.fixturenames:
        metafunc.parametrize("app_name", apps, ids=apps, scope="session")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: (item.path.name != FIRST, item.path.name == LAST))


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    run = config.stash.get(RUN, None)
    if run is None or not run.admin_axe:
        return
    table = write_report(run.admin_axe)
    terminalreporter.section("axe-core on the admin pages")
    terminalreporter.write(table)
    terminalreporter.write_line(f"written to {REPORT_PATH.relative_to(REPO_ROOT)}")
