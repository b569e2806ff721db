"""Security headers and cookie flags: Django's defaults, added by hand in Flask.

Django sends the four headers below from its default middleware; the Flask
twin adds them in an after_request hook. Session, message and CSRF cookies are
all SameSite=Lax; which are HttpOnly, and which a static file lacks, is
recorded under topic 13. Host checks are in test_hosts.py, bad input in
test_bad_input.py and test_junk_urls.py.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import pytest
import requests

from harness.observations import Observe
from harness.target import Target
from helpers.accounts import login
from helpers.client import unique
from helpers.demo import ALICE, DEMO_PASSWORD
from helpers.pages import csrf_token
from helpers.responses import set_cookies

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
