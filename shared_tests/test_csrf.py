"""CSRF: every form that changes data refuses a POST without this session's token.

Django's CsrfViewMiddleware answers 403 and keeps its secret in the `csrftoken`
cookie; the Flask twin's Flask-WTF CSRFProtect answers 400 and keeps it in the
session. The status comes from the profile and is recorded under topic 9.
Each case first posts without a valid token (none, or one from another
session), checks that nothing happened, then posts the same form with the
page's own token and checks that it worked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
import requests
from harness import Target
from observations import status
from pages import ALICE, DEMO_PASSWORD, absolute, csrf_token, new_session, soup

from accounts import (
    LOGOUT_PATH,
    NEW_NOTE_PATH,
    NEW_USER_PASSWORD,
    REGISTER_PATH,
    api_note,
    can_sign_in,
    create_note,
    find_note,
    get,
    login,
    param_id,
    post,
    sign_in,
    signed_in_as,
    unique,
)

Observe = Callable[[str, str], None]
BODY = "Written for a CSRF test."


@dataclass(frozen=True)
class Context:
    """What one case works on: its marker and its own note (alice's)."""

    marker: str
    note_id: int


def note_title(target: Target, note_id: int) -> str | None:
    """The note's title as the API shows it, or None when it is gone."""
    note = api_note(target, note_id)
    return None if note is None else str(note["title"])


Happened = Callable[[Target, requests.Session, Context], bool]


@dataclass(frozen=True)
class Form:
    """A form that changes data: its page, its POST, and how to see it worked."""

    page: str  # the page that holds the form ("{id}": the case's note)
    selector: str  # the form on that page
    action: str  # where it posts
    data: dict[str, str]  # "{m}": the case's marker
    user: str | None  # who fills it in (None: a signed-out visitor)
    done: str  # regex for the path the accepted POST redirects to
    happened: Happened


FORMS = {
    "register": Form(
        REGISTER_PATH,
        "form.register-form",
        REGISTER_PATH,
        {
            "username": "csrf{m}",
            "password1": NEW_USER_PASSWORD,
            "password2": NEW_USER_PASSWORD,
        },
        None,
        "/",
        lambda t, s, c: can_sign_in(t, f"csrf{c.marker}", NEW_USER_PASSWORD),
    ),
    "login": Form(
        "/accounts/login/",
        "form.login-form",
        "/accounts/login/",
        {"username": ALICE, "password": DEMO_PASSWORD},
        None,
        "/",
        lambda t, s, c: signed_in_as(s, t) == ALICE,
    ),
    "new note": Form(
        NEW_NOTE_PATH,
        "form.note-form",
        NEW_NOTE_PATH,
        {"title": "CSRF {m}", "body": BODY},
        ALICE,
        r"/notes/\d+/",
        lambda t, s, c: find_note(t, f"CSRF {c.marker}") is not None,
    ),
    "edit note": Form(
        "/notes/{id}/edit/",
        "form.note-form",
        "/notes/{id}/edit/",
        {"title": "CSRF edited {m}", "body": BODY},
        ALICE,
        "/notes/{id}/",
        lambda t, s, c: note_title(t, c.note_id) == f"CSRF edited {c.marker}",
    ),
    "delete note": Form(
        "/notes/{id}/",
        "form.note-delete",
        "/notes/{id}/delete/",
        {},
        ALICE,
        "/",
        lambda t, s, c: api_note(t, c.note_id) is None,
    ),
    "logout": Form(
        "/",
        "form.logout-form",
        LOGOUT_PATH,
        {},
        ALICE,
        "/",
        lambda t, s, c: signed_in_as(s, t) is None,
    ),
}


def foreign_token(target: Target) -> str:
    """A genuine token, but of another visitor's session (an attacker's own)."""
    with new_session() as other:
        page = get(other, target, target.profile.login_url)
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
    form = FORMS[name]
    with new_session() as author:
        sign_in(author, target, ALICE)
        note_id = create_note(author, target, unique("CSRF "), BODY)
    context = Context(unique(""), note_id)
    if form.action == LOGOUT_PATH:
        # Signing out deletes Django's server-side session: use one of our own.
        signed_in = login(client, target, ALICE, DEMO_PASSWORD)
        assert signed_in.status_code == HTTPStatus.FOUND
    elif form.user is not None:
        sign_in(client, target, form.user)

    def fill(text: str) -> str:
        return text.format(id=context.note_id, m=context.marker)

    page = get(client, target, fill(form.page))
    assert page.status_code == HTTPStatus.OK
    html = soup(page).select_one(form.selector)
    assert html is not None, f"no {form.selector} on {form.page}"
    token = csrf_token(html, target.profile)
    data = {key: fill(value) for key, value in form.data.items()}
    action = fill(form.action)

    bad_token = foreign_token(target) if variant == "foreign token" else None
    refused = post(client, target, action, data, bad_token)
    observe("9. Forms — CSRF rejection status", status(refused.status_code))
    assert refused.status_code == target.profile.csrf_failure_status
    assert not form.happened(target, client, context)

    accepted = post(client, target, action, data, token)
    assert accepted.status_code == HTTPStatus.FOUND
    path = urlsplit(absolute(target, accepted.headers["Location"])).path
    assert re.fullmatch(fill(form.done), path), path
    assert form.happened(target, client, context)
