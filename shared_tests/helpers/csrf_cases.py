"""Every form that changes data, as a case for test_csrf.py.

Each Form says where the form is, where it posts, who fills it in, where the
accepted POST redirects to, and how to see (over HTTP) that it took effect.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import requests

from harness.target import Target
from helpers.accounts import (
    LOGOUT_PATH,
    NEW_USER_PASSWORD,
    REGISTER_PATH,
    can_sign_in,
    signed_in_as,
)
from helpers.demo import ALICE, DEMO_PASSWORD
from helpers.notes import NEW_NOTE_PATH, NOTE_BODY, api_note, find_note


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
        {"title": "CSRF {m}", "body": NOTE_BODY},
        ALICE,
        r"/notes/\d+/",
        lambda t, s, c: find_note(t, f"CSRF {c.marker}") is not None,
    ),
    "edit note": Form(
        "/notes/{id}/edit/",
        "form.note-form",
        "/notes/{id}/edit/",
        {"title": "CSRF edited {m}", "body": NOTE_BODY},
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
