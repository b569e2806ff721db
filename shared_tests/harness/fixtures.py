"""The suite's fixtures: the apps under test, an HTTP session, observations.

`target` is parametrized by conftest.py over the selected apps; the servers
behind it start once per session, both at the same time, unless --flask-url
or --django-url name servers that are already running. conftest.py imports
these fixtures so that pytest finds them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from harness.app_server import AppServer
from harness.observations import Observe, Recorder
from harness.run_state import APPS, RECORDER, RUN_INFO, RunInfo
from harness.target import Target, external_target, server_target, start_servers
from helpers.client import new_session
from helpers.notes import seeded_note


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
