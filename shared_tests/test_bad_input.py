"""Bad request bodies: oversized, unparsable, NUL characters, cross-site posts.

Each gets a clear answer and loses nothing: a 4xx (413 for a body over
2.5 MB: Flask's MAX_CONTENT_LENGTH, and in Django a middleware of the twin's,
since Django itself only limits the form fields it parses) or the form again,
never a 500, never a stored message.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
import requests

from harness.observations import Observe, status
from harness.target import Target
from helpers.client import unique
from helpers.contact import send, stored
from helpers.pages import csrf_token, form_errors, soup


def test_oversized_body_is_refused(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """A 3 MB contact POST (valid token) gets 413; nothing is stored."""
    mark = unique("big")
    resp = send(
        client,
        target,
        {"name": mark, "email": f"{mark}@example.com", "message": "x" * 3 * 2**20},
    )
    assert resp.status_code == HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    observe("13. Security — 3 MB POST body", status(resp.status_code))
    assert not stored(target, mark)


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
    mark = unique("nul")
    resp = send(
        client,
        target,
        {
            "name": f"{mark}\x00",
            "email": f"{mark}@example.com",
            "message": "Null \x00 character.",
        },
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
