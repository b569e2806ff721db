"""Request bodies that cannot be read as a form: a 4xx, never a 500.

A chunked body whose chunk size is no number, a body that declares 200 MB,
an urlencoded form declared in another charset than UTF-8. Each twin reads the
body once before its CSRF check and answers 400 itself (flask_app/
bad_requests.py, django_app/config/bad_requests.py); Django also gets a
middleware that refuses an oversized body before reading it, which Flask's
MAX_CONTENT_LENGTH does by itself. What each answers is recorded.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
import requests

from harness.observations import Observe, status
from harness.target import Target
from helpers.client import CONTACT_PATH, param_id, session_token
from helpers.encodings import ODD_CHARSET, multipart, send_form, text_part
from helpers.form_posts import POST_FORMS, ready
from helpers.raw_http import cookie_header, post_raw

BAD_CHUNKS = b"zz\r\nabc\r\n0\r\n\r\n"  # "zz" is no chunk size
DECLARED_LENGTH = 200 * 2**20  # 200 MB declared, a few hundred bytes sent


@pytest.mark.parametrize("with_token", [False, True], ids=["no-cookie", "token"])
def test_malformed_chunked_body(
    target: Target, client: requests.Session, observe: Observe, with_token: bool
) -> None:
    """A chunked contact POST whose chunk size is not hex gets the CSRF failure
    status with no cookie, and the profile's status with a valid CSRF token in
    a header: never a 500 (sent over a raw socket)."""
    headers = {
        "Transfer-Encoding": "chunked",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    expected = target.profile.csrf_failure_status
    if with_token:
        headers["X-CSRFToken"] = session_token(client, target)
        headers["Cookie"] = cookie_header(client)
        expected = target.profile.malformed_chunked_status
    answer = post_raw(target, CONTACT_PATH, headers, BAD_CHUNKS)
    if with_token:
        row = "13. Security — malformed chunked body, CSRF token in a header"
        observe(row, status(answer))
    assert answer == expected


def test_huge_body_is_refused_before_it_is_read(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """A contact POST that declares 200 MB (valid token, only its start sent)
    gets 413 without the server waiting for the rest (raw socket, timeout)."""
    token = session_token(client, target)
    start, content_type = multipart([text_part(target.profile.csrf_field, token)])
    headers = {
        "Content-Type": content_type,
        "Content-Length": str(DECLARED_LENGTH),
        "Cookie": cookie_header(client),
    }
    answer = post_raw(target, CONTACT_PATH, headers, start[: len(start) // 2])
    observe("13. Security — POST declaring 200 MB, its start sent", status(answer))
    assert answer == HTTPStatus.REQUEST_ENTITY_TOO_LARGE


@pytest.mark.parametrize("name", list(POST_FORMS), ids=param_id)
def test_urlencoded_body_in_another_charset(
    target: Target, client: requests.Session, observe: Observe, name: str
) -> None:
    """A valid form posted urlencoded with "charset=utf8", cookie and token
    present, is read as UTF-8 and does its job where the profile says so; else
    it is refused with 400 and nothing happens. Never a 500."""
    form = ready(client, target, name)
    response = send_form(
        client, target, form.action, form.data, form.token, ODD_CHARSET
    )
    observe("13. Security — form with charset=utf8", status(response.status_code))
    accepted = target.profile.odd_charset_accepted
    expected = HTTPStatus.FOUND if accepted else HTTPStatus.BAD_REQUEST
    assert response.status_code == expected
    assert form.happened(target, client) is accepted
