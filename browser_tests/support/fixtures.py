"""The browser suite's fixtures: the apps, one Chromium, a fresh page per test.

`app` is parametrized by conftest.py over the selected apps; both are started
once per session, at the same time, by the shared suite's machinery (a fresh
SQLite database, migrate and seed through each app's CLI, its dev server).
Every test gets its own browser context (own cookies) at the desktop size; a
signed-in page reuses one real sign-in per app and user.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from browser_tests.support.actions import sign_in
from browser_tests.support.chromium import launch
from browser_tests.support.run import RUN
from harness.app_server import AppServer
from harness.target import Target, server_target, start_servers

DESKTOP = {"width": 1024, "height": 768}
TIMEOUT_MS = 15_000  # per action; auto-waiting ends much sooner when all is well
# The same rendering on every machine and in every run: light colours, no
# motion, one device pixel per CSS pixel, English, UTC.
CONTEXT_OPTIONS: dict[str, Any] = {
    "color_scheme": "light",
    "reduced_motion": "reduce",
    "device_scale_factor": 1,
    "locale": "en-US",
    "timezone_id": "UTC",
}

OpenPage = Callable[..., Page]  # keyword arguments: browser context options
PageAs = Callable[..., Page]  # a username, then context options


@pytest.fixture(scope="session")
def servers(
    request: pytest.FixtureRequest,
) -> Iterator[dict[str, AppServer | BaseException]]:
    """Every selected app in dev mode, started once (both at the same time)."""
    started = start_servers(request.config.stash[RUN].apps, "dev", {})
    try:
        yield started
    finally:
        for result in started.values():
            if isinstance(result, AppServer):
                result.stop()


@pytest.fixture(scope="session")
def app(
    request: pytest.FixtureRequest, servers: dict[str, AppServer | BaseException]
) -> Target:
    """The app under test (parametrized: each test runs once per selected app)."""
    result = servers[request.param]
    if isinstance(result, BaseException):
        pytest.fail(f"{request.param} did not start: {result}", pytrace=False)
    return server_target(result)


@pytest.fixture(scope="session")
def browser(request: pytest.FixtureRequest) -> Iterator[Browser]:
    """The system's Chromium, headless, for the whole session."""
    executable = request.config.stash[RUN].chromium
    assert executable is not None, "conftest.py stops the run without a browser"
    with sync_playwright() as playwright:
        chromium = launch(playwright, executable)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def axe(request: pytest.FixtureRequest) -> Path:
    """The axe-core script to inject into the pages."""
    script = request.config.stash[RUN].axe_script
    assert script is not None, "conftest.py stops the run without axe-core"
    return script


def new_context(browser: Browser, app: Target, **options: Any) -> BrowserContext:
    """A browser context (own cookies) whose relative URLs go to the app."""
    context = browser.new_context(
        base_url=app.base_url, **{"viewport": DESKTOP, **CONTEXT_OPTIONS, **options}
    )
    context.set_default_timeout(TIMEOUT_MS)
    return context


@pytest.fixture
def open_page(browser: Browser, app: Target) -> Iterator[OpenPage]:
    """open_page(**context options): a signed-out page in a context of its own."""
    contexts: list[BrowserContext] = []

    def opened(**options: Any) -> Page:
        contexts.append(new_context(browser, app, **options))
        return contexts[-1].new_page()

    yield opened
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_page: OpenPage) -> Page:
    """A signed-out page at the desktop size, in a context of its own."""
    return open_page()


@pytest.fixture(scope="session")
def signed_in_states() -> dict[tuple[str, str], Any]:
    """Cookies after one real sign-in per (app, user), shared by the session."""
    return {}


@pytest.fixture
def page_as(
    browser: Browser,
    app: Target,
    open_page: OpenPage,
    signed_in_states: dict[tuple[str, str], Any],
) -> PageAs:
    """page_as(username, **context options): a page signed in as that user.

    Only for tests that stay signed in: signing out would end the server-side
    session that Django's copies share. Tests about signing in use the form.
    """

    def signed_in(username: str, **options: Any) -> Page:
        key = (app.base_url, username)
        if key not in signed_in_states:
            with new_context(browser, app) as context:
                sign_in(context.new_page(), username)
                signed_in_states[key] = context.storage_state()
        return open_page(storage_state=signed_in_states[key], **options)

    return signed_in
