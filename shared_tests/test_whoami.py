"""/api/whoami/: the request as the view sees it, from a thread-local or passed in.

Flask's helper reads the context-local `request` and `current_user` and takes
no argument; Django's takes the `request` passed to the view. Both must echo
the same values: who is signed in, the method, the path without its query,
the User-Agent ("" when absent) and the peer address (no proxy trusted).
"""

from __future__ import annotations

from http import HTTPStatus

import requests
from urllib3.util import SKIP_HEADER

from harness.observations import Observe, status
from harness.target import Target
from helpers.accounts import login, new_user, sign_in
from helpers.admin_users import make_staff
from helpers.client import USER_AGENT, get_json, new_session
from helpers.demo import ADMIN, MODERATOR

WHOAMI_KEYS = [
    "authenticated",
    "username",
    "is_staff",
    "method",
    "path",
    "user_agent",
    "remote_addr",
]


def test_whoami_anonymous(target: Target, client: requests.Session) -> None:
    """/api/whoami/ echoes an anonymous GET: no user, path, user agent, 127.0.0.1."""
    body = get_json(client, target, "/api/whoami/?x=1", HTTPStatus.OK)
    assert list(body) == WHOAMI_KEYS
    assert body == {
        "authenticated": False,
        "username": None,
        "is_staff": False,
        "method": "GET",
        "path": "/api/whoami/",
        "user_agent": USER_AGENT,
        "remote_addr": "127.0.0.1",
    }


def test_whoami_tells_staff_from_other_users(
    target: Target, client: requests.Session
) -> None:
    """is_staff is true for a user given staff status in the admin (and not made
    a superuser), false for a signed-in user without it (the moderator)."""
    username, password = new_user(target, "staff")
    with new_session() as admin:
        sign_in(admin, target, ADMIN)
        make_staff(admin, target, username)
    assert login(client, target, username, password).status_code == HTTPStatus.FOUND
    staff = get_json(client, target, "/api/whoami/", HTTPStatus.OK)
    assert (staff["username"], staff["is_staff"]) == (username, True)
    with new_session() as moderator:
        sign_in(moderator, target, MODERATOR)
        other = get_json(moderator, target, "/api/whoami/", HTTPStatus.OK)
    assert (other["username"], other["is_staff"]) == (MODERATOR, False)


def test_whoami_echoes_the_user_agent(target: Target, client: requests.Session) -> None:
    """The user agent is echoed as sent, and "" when the header is absent."""
    client.headers["User-Agent"] = "Agent/1.0 (shared; tests)"
    body = get_json(client, target, "/api/whoami/", HTTPStatus.OK)
    assert body["user_agent"] == "Agent/1.0 (shared; tests)"
    # SKIP_HEADER keeps urllib3 from adding its own User-Agent.
    client.headers["User-Agent"] = SKIP_HEADER
    assert get_json(client, target, "/api/whoami/", HTTPStatus.OK)["user_agent"] == ""


def test_whoami_ignores_forwarded_for(target: Target, client: requests.Session) -> None:
    """A client's X-Forwarded-For does not change remote_addr (no proxy trusted)."""
    client.headers["X-Forwarded-For"] = "203.0.113.9"
    body = get_json(client, target, "/api/whoami/", HTTPStatus.OK)
    assert body["remote_addr"] == "127.0.0.1"


def test_whoami_head(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """HEAD /api/whoami/ answers like GET without a body; record the status."""
    resp = client.head(target.url("/api/whoami/"), allow_redirects=False)
    assert resp.status_code == HTTPStatus.OK
    assert resp.content == b""
    observe("5. Request — HEAD /api/whoami/", status(resp.status_code))
