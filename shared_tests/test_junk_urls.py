"""Odd URLs and cookies: a page or a 4xx, never a server error.

Huge or non-numeric ids and page numbers, undecodable bytes, paths that climb
out of the static folder, garbage in the session and CSRF cookies.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
import requests

from harness.target import Target
from helpers.pages import csrf_token

JUNK_GETS = [
    "/notes/99999999999999999999/",
    "/api/notes/99999999999999999999/",
    "/?page=99999999999999999999",
    "/api/notes/?page=99999999999999999999",
    "/?page=%00",
    "/?page=1&page=2",
    "/%ff/",
    "/notes/%00/",
    "/contact/?name=%00",
    "/" + "a" * 2000 + "/",
]


@pytest.mark.parametrize("path", JUNK_GETS, ids=[path[:40] for path in JUNK_GETS])
def test_junk_urls_are_never_500(
    target: Target, client: requests.Session, path: str
) -> None:
    """Odd ids, pages and paths get a page or a 4xx, never a server error."""
    resp = client.get(target.url(path), allow_redirects=False)
    assert resp.status_code < HTTPStatus.INTERNAL_SERVER_ERROR


@pytest.mark.parametrize(
    "path",
    [
        "/static/%2e%2e/%2e%2e/README.md",
        "/static/..%2f..%2fREADME.md",
        "/static/css/%2e%2e/%2e%2e/%2e%2e/README.md",
    ],
)
def test_static_path_traversal_is_404(
    target: Target, client: requests.Session, path: str
) -> None:
    """A static path that climbs out of the static folder finds nothing."""
    resp = client.get(target.url(path), allow_redirects=False)
    assert resp.status_code == HTTPStatus.NOT_FOUND


def test_junk_cookies_are_ignored(target: Target, client: requests.Session) -> None:
    """Garbage in the session and CSRF cookies is ignored: the page still answers."""
    client.cookies.set(target.profile.session_cookie, "garbage.garbage.garbage")
    if target.profile.csrf_cookie:
        client.cookies.set(target.profile.csrf_cookie, "short")
    resp = client.get(target.url("/contact/"), allow_redirects=False)
    assert resp.status_code == HTTPStatus.OK
    assert csrf_token(resp, target.profile)
