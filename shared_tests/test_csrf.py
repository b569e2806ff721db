"""CSRF: every form that changes data refuses a POST without this session's token.

Django's CsrfViewMiddleware answers 403 and keeps its secret in the `csrftoken`
cookie; the Flask twin's Flask-WTF CSRFProtect answers 400 and keeps it in the
session. The status comes from the profile and is recorded under topic 9.
Each case of csrf_cases.FORMS first posts without a valid token (none, or one
from another session), checks that nothing happened, then posts the same form
with the page's own token and checks that it worked. The contact form is also
refused with no cookie at all and with a token from another session.
"""

from __future__ import annotations

import re
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
import requests

from harness.observations import Observe, status
from harness.target import Target
from helpers.accounts import LOGIN_PATH
from helpers.client import (
    CONTACT_PATH,
    form_token,
    get,
    new_session,
    param_id,
    post,
)
from helpers.contact import marker, send, stored, valid
from helpers.csrf_cases import FORMS
from helpers.form_posts import ready
from helpers.pages import csrf_token
from helpers.responses import absolute


def foreign_token(target: Target) -> str:
    """A genuine token, but of another visitor's session (an attacker's own)."""
    with new_session() as other:
        page = get(other, target, LOGIN_PATH)
        return csrf_token(page, target.profile)


@pytest.mark.parametrize("variant", ["no token", "foreign token"], ids=param_id)
@pytest.mark.parametrize("name", list(FORMS), ids=param_id)
def test_form_needs_its_csrf_token(
    target: Target,
    client: requests.Session,
    observe: Observe,
    name: str,
    variant: str,
) -> None:
    """A POST without this session's CSRF token gets the profile's failure status
    and changes nothing; the same POST with the form's own token works."""
    form = ready(client, target, name)
    bad_token = foreign_token(target) if variant == "foreign token" else None
    refused = post(client, target, form.action, form.data, bad_token)
    observe("9. Forms — CSRF rejection status", status(refused.status_code))
    assert refused.status_code == target.profile.csrf_failure_status
    assert not form.happened(target, client)

    accepted = post(client, target, form.action, form.data, form.token)
    assert accepted.status_code == HTTPStatus.FOUND
    path = urlsplit(absolute(target, accepted.headers["Location"])).path
    done = form.form.done.format(id=form.context.note_id, m=form.context.marker)
    assert re.fullmatch(done, path), path
    assert form.happened(target, client)


def test_missing_csrf_token_is_refused(
    target: Target, client: requests.Session
) -> None:
    """A valid form without its CSRF token (cookie present) is refused, not stored."""
    mark = marker()
    form_token(client, target, CONTACT_PATH)  # the cookies a browser would have
    resp = send(client, target, valid(mark), token=None)
    assert resp.status_code == target.profile.csrf_failure_status
    assert not stored(target, mark)


def test_csrf_refused_without_any_cookie(
    target: Target, client: requests.Session
) -> None:
    """A first-time POST with neither cookie nor token is refused; nothing stored."""
    mark = marker()
    resp = send(client, target, valid(mark), token=None)
    assert resp.status_code == target.profile.csrf_failure_status
    assert not stored(target, mark)


def test_wrong_csrf_token_is_refused(target: Target, client: requests.Session) -> None:
    """A token from another session is refused; nothing stored."""
    with new_session() as other:
        foreign = form_token(other, target, CONTACT_PATH)
    form_token(client, target, CONTACT_PATH)
    mark = marker()
    resp = send(client, target, valid(mark), token=foreign)
    assert resp.status_code == target.profile.csrf_failure_status
    assert not stored(target, mark)
