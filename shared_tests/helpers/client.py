"""How tests talk to the apps: sessions, GETs, and POSTs that carry a CSRF token.

Every request goes through a session from `new_session` (never following a
redirect); a form is posted back with the CSRF token under the field name the
profile gives. Nothing here knows which framework it talks to.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from uuid import uuid4

import requests

from harness.target import Target
from helpers.pages import csrf_token

USER_AGENT = "shared-tests"
CONTACT_PATH = "/contact/"


class NoRedirectSession(requests.Session):
    """A session for tests: never follows redirects, one connection per request.

    Django's runserver answers on a kept-alive connection in two TCP segments,
    and Nagle's algorithm with the client's delayed ACK then stalls every
    response for 40 ms; it also does not say "Connection: close" when asked
    to close, so a pooled connection may be reused just as it goes away. So
    every request asks the server to close, and the session drops its
    connections once the response is read. (gunicorn's sync workers close
    after each response anyway.)
    """

    def __init__(self) -> None:
        super().__init__()
        self.headers["Connection"] = "close"

    def send(
        self, request: requests.PreparedRequest, **kwargs: Any
    ) -> requests.Response:
        if kwargs.get("allow_redirects", True):
            raise AssertionError("pass allow_redirects=False: tests check redirects")
        response = super().send(request, **kwargs)
        if not kwargs.get("stream"):
            for adapter in self.adapters.values():
                adapter.close()
        return response


def new_session() -> requests.Session:
    """A fresh HTTP session, set up the way every test talks to the apps."""
    session = NoRedirectSession()
    session.headers["User-Agent"] = USER_AGENT
    # Talk to the app directly, whatever proxy the environment names.
    session.trust_env = False
    return session


def unique(prefix: str) -> str:
    """A name no other test uses: prefix plus a random suffix."""
    return f"{prefix}{uuid4().hex[:10]}"


def param_id(text: str) -> str:
    """A pytest id for a readable case name: "short password" -> "short-password"."""
    return text.replace(" ", "-")


def get(session: requests.Session, target: Target, path: str) -> requests.Response:
    """GET a path on the app, never following a redirect."""
    return session.get(target.url(path), allow_redirects=False)


def form_token(session: requests.Session, target: Target, path: str) -> str:
    """The CSRF token of the form on the page at path (which must answer 200)."""
    page = get(session, target, path)
    assert page.status_code == HTTPStatus.OK, f"GET {path}: {page.status_code}"
    return csrf_token(page, target.profile)


def session_token(session: requests.Session, target: Target) -> str:
    """A valid CSRF token for this session, from the contact form anyone may open."""
    return form_token(session, target, CONTACT_PATH)


def post(
    session: requests.Session,
    target: Target,
    path: str,
    data: Mapping[str, str],
    token: str | None = None,
) -> requests.Response:
    """POST form data to a path, with the CSRF token under the app's field name."""
    fields = dict(data)
    if token is not None:
        fields[target.profile.csrf_field] = token
    return session.post(target.url(path), data=fields, allow_redirects=False)


def get_json(
    client: requests.Session, target: Target, path: str, expected: HTTPStatus
) -> Any:
    """GET a path that answers JSON with the expected status; return the body."""
    resp = get(client, target, path)
    assert resp.status_code == expected, f"GET {path}: {resp.status_code}"
    assert resp.headers["Content-Type"].split(";")[0].strip() == "application/json"
    return resp.json()
