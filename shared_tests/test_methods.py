"""HTTP methods: HEAD, OPTIONS, 405 with Allow, POST to a GET-only page.

Flask answers HEAD and OPTIONS for every route by itself; the Django twin gets
them from class-based views. A method a route does not take is 405 with an
Allow header. Django checks CSRF before the method, so a POST without a token
to a GET-only page is the CSRF refusal there (profile data, recorded).
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import pytest
import requests

from harness.observations import Observe, status
from harness.target import Target
from helpers.pages import csrf_token

GET_PAGES = ["/", "/about/", "/contact/", "/api/notes/", "/api/whoami/"]


def allow_set(resp: requests.Response) -> set[str]:
    """The methods of the Allow header, as a set (Flask's order varies)."""
    header = resp.headers.get("Allow", "")
    return {method.strip().upper() for method in header.split(",") if method.strip()}


def allow_text(resp: requests.Response) -> str:
    return ", ".join(sorted(allow_set(resp))) or "(none)"


@pytest.mark.parametrize("path", [*GET_PAGES, "/notes/{id}/", "/api/notes/{id}/"])
def test_head_answers_like_get_without_body(
    target: Target,
    client: requests.Session,
    demo_note: dict[str, Any],
    path: str,
) -> None:
    """HEAD on every page answers 200 with GET's content type and no body."""
    path = path.format(id=demo_note["id"])
    get = client.get(target.url(path), allow_redirects=False)
    head = client.head(target.url(path), allow_redirects=False)
    assert get.status_code == HTTPStatus.OK
    assert head.status_code == HTTPStatus.OK
    assert head.content == b""
    assert head.headers["Content-Type"] == get.headers["Content-Type"]


def test_head_content_length(target: Target, client: requests.Session) -> None:
    """HEAD /about/ sends no body but the Content-Length a GET's body has."""
    get = client.get(target.url("/about/"), allow_redirects=False)
    head = client.head(target.url("/about/"), allow_redirects=False)
    assert head.status_code == HTTPStatus.OK
    assert head.content == b""
    assert head.headers.get("Content-Length") == str(len(get.content))


@pytest.mark.parametrize(
    ("path", "methods"),
    [
        ("/about/", {"GET", "HEAD", "OPTIONS"}),
        ("/", {"GET", "HEAD", "OPTIONS"}),
        ("/notes/{id}/", {"GET", "HEAD", "OPTIONS"}),
        ("/api/notes/", {"GET", "HEAD", "OPTIONS"}),
        ("/api/whoami/", {"GET", "HEAD", "OPTIONS"}),
        ("/contact/", {"GET", "HEAD", "OPTIONS", "POST"}),
    ],
)
def test_options_lists_allowed_methods(
    target: Target,
    client: requests.Session,
    observe: Observe,
    demo_note: dict[str, Any],
    path: str,
    methods: set[str],
) -> None:
    """OPTIONS answers 200 with an Allow header naming at least the page's methods."""
    resp = client.options(
        target.url(path.format(id=demo_note["id"])), allow_redirects=False
    )
    assert resp.status_code == HTTPStatus.OK
    allowed = allow_set(resp)
    assert methods <= allowed
    # Nothing that changes data where the page takes no form.
    if "POST" not in methods:
        assert not allowed & {"POST", "PUT", "PATCH", "DELETE"}
    if path in ("/about/", "/contact/"):
        observe(f"4. Routes — OPTIONS {path}: Allow", allow_text(resp))


def test_trace_is_refused_with_allow(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """A method no route takes (TRACE) gets 405 and the page's Allow set."""
    resp = client.request("TRACE", target.url("/about/"), allow_redirects=False)
    assert resp.status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert allow_set(resp) == {"GET", "HEAD", "OPTIONS"}
    observe("4. Routes — TRACE /about/", f"405, Allow: {allow_text(resp)}")


@pytest.mark.parametrize("path", ["/about/", "/api/whoami/"])
def test_post_with_token_to_get_only_page_is_405(
    target: Target, client: requests.Session, path: str
) -> None:
    """A POST that passes the CSRF check is refused by a GET-only page: 405 + Allow."""
    token = csrf_token(
        client.get(target.url("/contact/"), allow_redirects=False), target.profile
    )
    resp = client.post(
        target.url(path), data={target.profile.csrf_field: token}, allow_redirects=False
    )
    assert resp.status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert allow_set(resp) == {"GET", "HEAD", "OPTIONS"}


def test_post_without_token_to_get_only_page(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """A POST without a CSRF token to a GET-only page: 405 or the CSRF refusal."""
    resp = client.post(target.url("/about/"), data={"x": "1"}, allow_redirects=False)
    assert resp.status_code == target.profile.get_only_post_status
    observe("4. Routes — POST /about/ without CSRF token", status(resp.status_code))


@pytest.mark.parametrize("path", ["/notes/{id}/delete/", "/accounts/logout/"])
def test_get_on_post_only_route_is_405(
    target: Target,
    client: requests.Session,
    observe: Observe,
    demo_note: dict[str, Any],
    path: str,
) -> None:
    """GET on a POST-only route is 405 with an Allow header that offers POST."""
    resp = client.get(
        target.url(path.format(id=demo_note["id"])), allow_redirects=False
    )
    assert resp.status_code == HTTPStatus.METHOD_NOT_ALLOWED
    allowed = allow_set(resp)
    assert "POST" in allowed
    assert not allowed & {"GET", "HEAD"}
    if path == "/accounts/logout/":
        observe("4. Routes — GET /accounts/logout/: Allow", allow_text(resp))
