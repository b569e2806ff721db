"""Routes: trailing-slash redirects and ids or paths that match no route.

Both URL tables end every path in "/"; Werkzeug's routing and Django's
APPEND_SLASH redirect a path without it, with different statuses and Location
forms (profile data, recorded). A note id that is no integer matches no
route; under /api/ any unmatched path answers JSON like the API's own 404s.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import pytest
import requests

from harness.observations import Observe, status
from harness.target import Target
from helpers.responses import is_absolute, query, redirect_target

NOT_FOUND_JSON = {"error": "Not found"}


@pytest.mark.parametrize(
    "path", ["/about", "/contact", "/notes/{id}", "/api/notes", "/api/whoami"]
)
def test_missing_slash_redirects_to_slashed_path(
    target: Target,
    client: requests.Session,
    observe: Observe,
    demo_note: dict[str, Any],
    path: str,
) -> None:
    """A GET without the trailing slash is redirected permanently to it."""
    path = path.format(id=demo_note["id"])
    resp = client.get(target.url(path), allow_redirects=False)
    assert resp.status_code == target.profile.slash_redirect_status
    assert redirect_target(target, resp) == target.url(path + "/")
    assert (
        is_absolute(resp.headers["Location"]) == target.profile.slash_redirect_absolute
    )
    if path == "/about":
        observe("4. Routes — GET /about (no slash)", status(resp.status_code))
        form = "absolute URL" if is_absolute(resp.headers["Location"]) else "path"
        observe("4. Routes — Location of the slash redirect", form)


def test_slash_redirect_keeps_query_string(
    target: Target, client: requests.Session
) -> None:
    """The trailing-slash redirect keeps the query string."""
    resp = client.get(target.url("/api/notes?page=2"), allow_redirects=False)
    assert resp.status_code == target.profile.slash_redirect_status
    location = redirect_target(target, resp)
    assert location.split("?")[0] == target.url("/api/notes/")
    assert query(location) == {"page": ["2"]}


@pytest.mark.parametrize(
    "path",
    [
        "/notes/abc/",
        "/notes/1.5/",
        "/notes/-1/",
        "/notes/1e3/",
        "/notes/%201/",
        "/notes/{id}x/",
        "/api/notes/abc/",
        "/api/notes/-1/",
        "/api/notes/{id}x/",
    ],
)
def test_non_integer_note_id_is_404(
    target: Target, client: requests.Session, demo_note: dict[str, Any], path: str
) -> None:
    """A note id that is not a non-negative integer matches no route: 404, and
    under /api/ the JSON body {"error": "Not found"}."""
    resp = client.get(
        target.url(path.format(id=demo_note["id"])), allow_redirects=False
    )
    assert resp.status_code == HTTPStatus.NOT_FOUND
    if path.startswith("/api/"):
        assert resp.headers["Content-Type"].startswith("application/json")
        assert resp.json() == NOT_FOUND_JSON
    else:
        assert resp.headers["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("note_id", ["0", "999999", "99999999999999999999"])
def test_unknown_note_is_404(
    target: Target, client: requests.Session, note_id: str
) -> None:
    """An integer id that names no note is 404 (a page and its JSON twin)."""
    page = client.get(target.url(f"/notes/{note_id}/"), allow_redirects=False)
    assert page.status_code == HTTPStatus.NOT_FOUND
    assert "text/html" in page.headers["Content-Type"]
    api = client.get(target.url(f"/api/notes/{note_id}/"), allow_redirects=False)
    assert api.status_code == HTTPStatus.NOT_FOUND
    assert api.headers["Content-Type"].startswith("application/json")
    assert api.json() == NOT_FOUND_JSON


@pytest.mark.parametrize(
    "path", ["/api/", "/api/nope/", "/api/notes/1/extra/", "/api/whoami/x/"]
)
def test_unmatched_api_path_is_404_json(
    target: Target, client: requests.Session, path: str
) -> None:
    """Any path under /api/ that matches no route is 404 {"error": "Not found"}."""
    resp = client.get(target.url(path), allow_redirects=False)
    assert resp.status_code == HTTPStatus.NOT_FOUND
    assert resp.headers["Content-Type"].startswith("application/json")
    assert resp.json() == NOT_FOUND_JSON
