"""The authorization matrix: which role gets what from each protected route.

One table, MATRIX, says for every route and every role which Answer it gets:
the status, where a redirect leads and what the request leaves behind.
test_permissions.py runs every cell, one test per kind of answer; the note
page's controls and the nav follow the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from http import HTTPStatus

import requests

from harness.target import Target
from helpers.accounts import LOGOUT_PATH, WHOAMI_PATH, login, sign_in
from helpers.demo import ADMIN, ALICE, BOB, DEMO_PASSWORD, MODERATOR
from helpers.notes import NEW_NOTE_PATH, NOTE_BODY


@dataclass(frozen=True)
class Role:
    """Who is asking: a demo user, or nobody."""

    username: str | None  # None: signed out
    is_staff: bool = False


ROLES = {
    "anonymous": Role(None),
    "author": Role(ALICE),  # every case's note is alice's
    "other user": Role(BOB),
    "moderator": Role(MODERATOR),
    "superuser": Role(ADMIN, is_staff=True),
}


@dataclass(frozen=True)
class Route:
    """One request a role may or may not make; "{id}" is the case's note."""

    method: str
    path: str
    form: dict[str, str] | None = None  # POSTed with a valid CSRF token; "{m}": marker
    page: str | None = None  # what a 200 shows (CSS selector)
    ends_session: bool = False  # sign in for real (Django's session is deleted)


ROUTES = {
    "new GET": Route("GET", NEW_NOTE_PATH, page="form.note-form"),
    "new POST": Route(
        "POST", NEW_NOTE_PATH, {"title": "Created {m}", "body": NOTE_BODY}
    ),
    "edit GET": Route("GET", "/notes/{id}/edit/", page="form.note-form"),
    "edit POST": Route(
        "POST", "/notes/{id}/edit/", {"title": "Edited {m}", "body": NOTE_BODY}
    ),
    "delete POST": Route("POST", "/notes/{id}/delete/", {}),
    "delete GET": Route("GET", "/notes/{id}/delete/"),
    "logout POST": Route("POST", LOGOUT_PATH, {}, ends_session=True),
    "whoami": Route("GET", WHOAMI_PATH),
}


class Answer(Enum):
    """What a role gets from a route; test_permissions.py has a test for each."""

    SIGN_IN = "302 to the sign-in page, next = the route; nothing changes"
    DENIED = "403; nothing changes"
    NO_GET = "405, Allow offers POST; nothing changes"
    SHOWN = "200 with the route's page; nothing changes"
    ECHOED = "200 with JSON naming the role's user"
    CREATED = "302 to a new note by the role's user"
    EDITED = "302 to the note, which has the posted title"
    DELETED = "302 home, and the note is gone"
    SIGNED_OUT = "302 home, and nobody is signed in"


A = Answer
# The authorization matrix: route -> one Answer per role, in ROLES order.
MATRIX: dict[str, tuple[Answer, Answer, Answer, Answer, Answer]] = {
    # route: (anonymous, author, other user, moderator, superuser)
    "new GET": (A.SIGN_IN, A.SHOWN, A.SHOWN, A.SHOWN, A.SHOWN),
    "new POST": (A.SIGN_IN, A.CREATED, A.CREATED, A.CREATED, A.CREATED),
    "edit GET": (A.SIGN_IN, A.SHOWN, A.DENIED, A.DENIED, A.DENIED),
    "edit POST": (A.SIGN_IN, A.EDITED, A.DENIED, A.DENIED, A.DENIED),
    "delete POST": (A.SIGN_IN, A.DELETED, A.DENIED, A.DELETED, A.DELETED),
    "delete GET": (A.NO_GET, A.NO_GET, A.NO_GET, A.NO_GET, A.NO_GET),
    "logout POST": (A.SIGNED_OUT,) * 5,
    "whoami": (A.ECHOED,) * 5,
}
assert set(MATRIX) == set(ROUTES)


def answer(route: str, role: str) -> Answer:
    """MATRIX's cell for the route and the role."""
    return MATRIX[route][list(ROLES).index(role)]


def may_edit(role: str) -> bool:
    """Whether the matrix lets the role edit the author's note."""
    return answer("edit POST", role) is Answer.EDITED


def may_delete(role: str) -> bool:
    """Whether the matrix lets the role delete the author's note."""
    return answer("delete POST", role) is Answer.DELETED


def become(client: requests.Session, target: Target, role: Role, fresh: bool) -> None:
    """Sign the session in as the role's user (for real when fresh)."""
    if role.username is None:
        return
    if fresh:
        response = login(client, target, role.username, DEMO_PASSWORD)
        assert response.status_code == HTTPStatus.FOUND
    else:
        sign_in(client, target, role.username)
