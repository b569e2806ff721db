"""A server error leaves a trace: the exception in the server's log, not the page.

Flask logs an unhandled exception to stderr through app.logger by default.
Django logs it through the django.request logger, whose default handlers only
print while DEBUG is on and otherwise mail the site's ADMINS; the Django twin's
LOGGING sends it to stderr in production too. The error is real: the app is
started on a fresh database that was never migrated, so its first query fails.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from http import HTTPStatus

import pytest
import requests

from harness.observations import Observe
from harness.target import Target, fresh_server
from helpers.contact import marker, send, valid

MISSING_TABLE = "no such table"
TRACEBACK = "Traceback (most recent call last):"
LOG_TIMEOUT = 10.0  # seconds for a log line to reach the server's output


def missing_contact_table(logged: str) -> bool:
    """Whether the log names the contact messages' table as missing."""
    return any(
        MISSING_TABLE in line and "contact" in line.lower()
        for line in logged.splitlines()
    )


@pytest.fixture(scope="session")
def unmigrated_target(target: Target) -> Iterator[Target]:
    """The same app on a fresh database without its tables."""
    with fresh_server(target, steps=[]) as broken:
        yield broken


def test_server_error_is_logged_not_shown(
    unmigrated_target: Target, client: requests.Session, observe: Observe
) -> None:
    """A contact message stored in a missing table answers 500, and the server's
    log holds the traceback with the database's error; in production the page
    does not show it."""
    server = unmigrated_target.server
    assert server is not None
    response = send(client, unmigrated_target, valid(marker()))
    assert response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR
    # Werkzeug's debugger writes the traceback after the page it answers with,
    # so the log may lag the answer: wait for it, as for a server's start. Only
    # this request touches the contact table (the start's requests read notes).
    deadline = time.monotonic() + LOG_TIMEOUT
    while not missing_contact_table(server.output()):
        assert time.monotonic() < deadline, server.output()
        time.sleep(0.05)
    assert TRACEBACK in server.output()
    observe("13. Security — a 500 in the server's log", "traceback on stderr")
    if unmigrated_target.mode == "prod":
        assert MISSING_TABLE not in response.text
