"""Security on the wire: headers, cookie flags, Host validation, size limits, junk.

Django sends the four headers below from its default middleware; the Flask
twin adds them by hand. Both must refuse a foreign Host header, refuse an
oversized body with a 4xx (each with its own status), and answer junk with a
4xx or a page, never a 500.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import pytest
import requests
from harness import Target
from observations import Observe, status
from pages import (
    ADMIN,
    ALICE,
    DEMO_PASSWORD,
    contact_list_shows,
    csrf_token,
    form_errors,
    new_session,
    set_cookies,
    soup,
)

from accounts import login, sign_in, unique

SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}
PAGES = [
    "/",
    "/about/",
    "/contact/",
    "/notes/{id}/",
    "/api/notes/",
    "/api/whoami/",
    "/api/notes/999999/",
    "/no-such-page/",
]


def stored(target: Target, text: str) -> bool:
    """Whether the admin's newest contact messages show `text` (as the demo admin)."""
    with new_session() as admin:
        sign_in(admin, target, ADMIN)
        return contact_list_shows(admin, target, text)


@pytest.mark.parametrize("path", PAGES)
def test_security_headers(
    target: Target, client: requests.Session, demo_note: dict[str, Any], path: str
) -> None:
    """Pages, JSON and error responses carry the four security headers."""
    resp = client.get(
        target.url(path.format(id=demo_note["id"])), allow_redirects=False
    )
    for name, value in SECURITY_HEADERS.items():
        assert resp.headers.get(name) == value, name


def test_security_headers_on_static_files(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """Record which of the four headers a static file lacks (WhiteNoise is early)."""
    resp = client.get(target.url("/static/css/style.css"), allow_redirects=False)
    assert resp.status_code == HTTPStatus.OK
    present = [
        name
        for name, value in SECURITY_HEADERS.items()
        if resp.headers.get(name) == value
    ]
    assert "X-Content-Type-Options" in present
    missing = [name for name in SECURITY_HEADERS if name not in present]
    observe(
        "13. Security — headers missing on a static file",
        ", ".join(missing) or "none",
    )


def cookie_flags(attributes: dict[str, str]) -> str:
    """A cookie's security flags, in a fixed order."""
    flags = []
    if "httponly" in attributes:
        flags.append("HttpOnly")
    if "secure" in attributes:
        flags.append("Secure")
    flags.append(f"SameSite={attributes.get('samesite', '(none)')}")
    return "; ".join(flags)


def test_session_cookie_flags(target: Target, client: requests.Session) -> None:
    """Signing in sets the profile's session cookie, HttpOnly and SameSite=Lax."""
    resp = login(client, target, ALICE, DEMO_PASSWORD)
    assert resp.status_code == HTTPStatus.FOUND
    cookies = set_cookies(resp)
    assert target.profile.session_cookie in cookies
    attributes = cookies[target.profile.session_cookie]
    assert "httponly" in attributes
    assert attributes.get("samesite", "").lower() == "lax"
    assert attributes.get("path", "/") == "/"


def test_cookies_set_by_the_contact_form(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """Every cookie the contact round trip sets is SameSite=Lax; record the flags."""
    page = client.get(target.url("/contact/"), allow_redirects=False)
    cookies = set_cookies(page)
    mark = unique("cookie")
    resp = client.post(
        target.url("/contact/"),
        data={
            target.profile.csrf_field: csrf_token(page, target.profile),
            "name": mark,
            "email": f"{mark}@example.com",
            "message": "Cookies.",
        },
        allow_redirects=False,
    )
    assert resp.status_code == HTTPStatus.FOUND
    cookies.update(set_cookies(resp))
    for name, attributes in cookies.items():
        assert attributes.get("samesite", "").lower() == "lax", name
    # The flash message travels in the session (Flask) or its own cookie.
    assert target.profile.message_cookie in cookies
    assert "httponly" in cookies[target.profile.message_cookie]
    # The CSRF secret lives in the session or in its own cookie; Django leaves
    # that one readable by scripts (CSRF_COOKIE_HTTPONLY is off by default).
    assert (target.profile.csrf_cookie or target.profile.session_cookie) in cookies
    observe(
        "13. Security — cookies of the contact form round trip",
        ", ".join(
            f"{name} ({cookie_flags(attributes)})"
            for name, attributes in sorted(cookies.items())
        ),
    )


@pytest.mark.parametrize("path", ["/", "/contact/", "/api/whoami/"])
def test_foreign_host_header(
    target: Target, client: requests.Session, observe: Observe, path: str
) -> None:
    """A Host that is not in ALLOWED_HOSTS is refused with 400."""
    resp = client.get(
        target.url(path), headers={"Host": "evil.example"}, allow_redirects=False
    )
    assert resp.status_code == HTTPStatus.BAD_REQUEST
    assert "evil.example" not in resp.headers.get("Location", "")
    if path == "/":
        observe("13. Security — foreign Host header", status(resp.status_code))


def test_foreign_host_on_a_static_file(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """A static file with a foreign Host: 400 or served (WhiteNoise checks no host)."""
    resp = client.get(
        target.url("/static/css/style.css"),
        headers={"Host": "evil.example"},
        allow_redirects=False,
    )
    assert resp.status_code in (HTTPStatus.OK, HTTPStatus.BAD_REQUEST)
    observe("13. Security — foreign Host on a static file", status(resp.status_code))


def test_allowed_host_names(target: Target, client: requests.Session) -> None:
    """The hosts in ALLOWED_HOSTS (localhost, 127.0.0.1, with the port) are served."""
    port = target.base_url.rsplit(":", 1)[1]
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", "localhost"):
        resp = client.get(
            target.url("/"), headers={"Host": host}, allow_redirects=False
        )
        assert resp.status_code == HTTPStatus.OK, host


def test_oversized_body_is_refused(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """A 3 MB contact POST (valid token) gets the profile's 4xx; nothing is stored."""
    page = client.get(target.url("/contact/"), allow_redirects=False)
    mark = unique("big")
    resp = client.post(
        target.url("/contact/"),
        data={
            target.profile.csrf_field: csrf_token(page, target.profile),
            "name": mark,
            "email": f"{mark}@example.com",
            "message": "x" * (3 * 1024 * 1024),
        },
        allow_redirects=False,
    )
    assert resp.status_code == target.profile.too_large_status
    observe("13. Security — 3 MB POST body", status(resp.status_code))
    assert not stored(target, mark)


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


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("multipart/form-data", b"no boundary"),
        ("multipart/form-data; boundary=xyz", b"--xyz\r\nbroken"),
        ("application/x-www-form-urlencoded", b"name=%ff%fe&email=\xff\xfe&message=%"),
        ("application/json", b'{"name": "json"}'),
        ("text/plain", b"\x00\x01\x02"),
    ],
    ids=["multipart-no-boundary", "multipart-broken", "bad-bytes", "json", "binary"],
)
def test_junk_post_bodies_are_never_500(
    target: Target, client: requests.Session, content_type: str, body: bytes
) -> None:
    """A contact POST with a body the form parser cannot use gets a 4xx or the form."""
    page = client.get(target.url("/contact/"), allow_redirects=False)
    token = csrf_token(page, target.profile)
    resp = client.post(
        target.url("/contact/"),
        data=body,
        headers={"Content-Type": content_type, "X-CSRFToken": token},
        allow_redirects=False,
    )
    assert resp.status_code < HTTPStatus.INTERNAL_SERVER_ERROR
    assert resp.status_code != HTTPStatus.FOUND


def test_nul_character_in_a_field(target: Target, client: requests.Session) -> None:
    """A NUL character in a field is refused next to the field and nothing is stored."""
    page = client.get(target.url("/contact/"), allow_redirects=False)
    mark = unique("nul")
    resp = client.post(
        target.url("/contact/"),
        data={
            target.profile.csrf_field: csrf_token(page, target.profile),
            "name": f"{mark}\x00",
            "email": f"{mark}@example.com",
            "message": "Null \x00 character.",
        },
        allow_redirects=False,
    )
    assert resp.status_code == HTTPStatus.OK
    assert form_errors(soup(resp), "name")
    assert not stored(target, mark)


def test_csrf_refusal_is_not_a_redirect(
    target: Target, client: requests.Session
) -> None:
    """A cross-site form post (foreign Origin, no token) is refused, not processed."""
    mark = unique("xsite")
    resp = client.post(
        target.url("/contact/"),
        data={"name": mark, "email": f"{mark}@example.com", "message": "Hi."},
        headers={"Origin": "https://evil.example", "Referer": "https://evil.example/"},
        allow_redirects=False,
    )
    assert resp.status_code == target.profile.csrf_failure_status
    assert not stored(target, mark)
