"""The authorization matrix: which role gets what from each protected route.

One table, MATRIX, says for every route and every role the status, where a
redirect leads and what the request leaves behind. test_permissions.py runs
every cell; the note page's controls and the nav follow the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from http import HTTPStatus

import requests
from demo import ADMIN, ALICE, BOB, DEMO_PASSWORD, MODERATOR
from harness import Target
from note_helpers import NEW_NOTE_PATH, NOTE_BODY

from accounts import LOGOUT_PATH, WHOAMI_PATH, login, sign_in


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
    page: str | None = None  # what a 200 must show (CSS selector)
    creates_note: bool = False  # a note titled form["title"] may appear
    echoes_user: bool = False  # the JSON names the role's user
    ends_session: bool = False  # sign in for real (Django's session is deleted)


ROUTES = {
    "new GET": Route("GET", NEW_NOTE_PATH, page="form.note-form"),
    "new POST": Route(
        "POST",
        NEW_NOTE_PATH,
        {"title": "Created {m}", "body": NOTE_BODY},
        creates_note=True,
    ),
    "edit GET": Route("GET", "/notes/{id}/edit/", page="form.note-form"),
    "edit POST": Route(
        "POST", "/notes/{id}/edit/", {"title": "Edited {m}", "body": NOTE_BODY}
    ),
    "delete POST": Route("POST", "/notes/{id}/delete/", {}),
    "delete GET": Route("GET", "/notes/{id}/delete/"),
    "logout POST": Route("POST", LOGOUT_PATH, {}, ends_session=True),
    "whoami": Route("GET", WHOAMI_PATH, echoes_user=True),
}


class Effect(Enum):
    """What a request leaves behind, checked afterwards through the API."""

    NONE = "nothing changes"
    CREATED = "a new note by the role's user"
    EDITED = "the note has the posted title"
    DELETED = "the note is gone"
    SIGNED_OUT = "the session is signed out"


SIGN_IN = "sign-in page, next = the route"


@dataclass(frozen=True)
class Expect:
    """The status, where a redirect leads ("{id}", "{new}" or SIGN_IN), the effect."""

    status: HTTPStatus
    goes_to: str | None = None
    effect: Effect = Effect.NONE


LOGIN = Expect(HTTPStatus.FOUND, SIGN_IN)
OK = Expect(HTTPStatus.OK)
DENIED = Expect(HTTPStatus.FORBIDDEN)
NO_GET = Expect(HTTPStatus.METHOD_NOT_ALLOWED)
CREATED = Expect(HTTPStatus.FOUND, "/notes/{new}/", Effect.CREATED)
EDITED = Expect(HTTPStatus.FOUND, "/notes/{id}/", Effect.EDITED)
DELETED = Expect(HTTPStatus.FOUND, "/", Effect.DELETED)
HOME = Expect(HTTPStatus.FOUND, "/")
SIGNED_OUT = Expect(HTTPStatus.FOUND, "/", Effect.SIGNED_OUT)

# The authorization matrix: route -> one Expect per role, in ROLES order.
MATRIX: dict[str, tuple[Expect, Expect, Expect, Expect, Expect]] = {
    # route: (anonymous, author, other user, moderator, superuser)
    "new GET": (LOGIN, OK, OK, OK, OK),
    "new POST": (LOGIN, CREATED, CREATED, CREATED, CREATED),
    "edit GET": (LOGIN, OK, DENIED, DENIED, DENIED),
    "edit POST": (LOGIN, EDITED, DENIED, DENIED, DENIED),
    "delete POST": (LOGIN, DELETED, DENIED, DELETED, DELETED),
    "delete GET": (NO_GET, NO_GET, NO_GET, NO_GET, NO_GET),
    "logout POST": (HOME, SIGNED_OUT, SIGNED_OUT, SIGNED_OUT, SIGNED_OUT),
    "whoami": (OK, OK, OK, OK, OK),
}
assert set(MATRIX) == set(ROUTES)


def expected(route: str, role: str) -> Expect:
    """MATRIX's cell for the route and the role."""
    return MATRIX[route][list(ROLES).index(role)]


def may_edit(role: str) -> bool:
    """Whether the matrix lets the role edit the author's note."""
    return expected("edit POST", role).effect is Effect.EDITED


def may_delete(role: str) -> bool:
    """Whether the matrix lets the role delete the author's note."""
    return expected("delete POST", role).effect is Effect.DELETED


def become(client: requests.Session, target: Target, role: Role, fresh: bool) -> None:
    """Sign the session in as the role's user (for real when fresh)."""
    if role.username is None:
        return
    if fresh:
        response = login(client, target, role.username, DEMO_PASSWORD)
        assert response.status_code == HTTPStatus.FOUND
    else:
        sign_in(client, target, role.username)
