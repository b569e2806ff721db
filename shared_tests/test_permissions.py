"""Who may do what with a note: the authorization matrix, the note pages, the nav.

Django answers with LoginRequiredMixin, UserPassesTestMixin and a
"Moderators" group holding notes.delete_note; the Flask twin with
Flask-Login's login_required and a hand-written role check. One table,
MATRIX, says what every role gets from every protected route; each case
writes its own note (by alice) and checks the state afterwards through the
JSON API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
import requests
from harness import Target
from pages import (
    ADMIN,
    ALICE,
    BOB,
    DEMO_PASSWORD,
    MODERATOR,
    absolute,
    csrf_token,
    field_value,
    form_errors,
    messages,
    new_session,
    query,
    soup,
)

from accounts import (
    LOGOUT_PATH,
    NEW_NOTE_PATH,
    WHOAMI_PATH,
    api_note,
    create_note,
    find_note,
    form_token,
    get,
    login,
    note_count,
    note_id_from,
    note_path,
    param_id,
    post,
    session_token,
    sign_in,
    signed_in_as,
    unique,
    whoami,
)

BODY = "A note written for one test case."


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
        "POST", NEW_NOTE_PATH, {"title": "Created {m}", "body": BODY}, creates_note=True
    ),
    "edit GET": Route("GET", "/notes/{id}/edit/", page="form.note-form"),
    "edit POST": Route(
        "POST", "/notes/{id}/edit/", {"title": "Edited {m}", "body": BODY}
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
    return MATRIX[route][list(ROLES).index(role)]


def may_edit(role: str) -> bool:
    """Whether the matrix lets the role edit the author's note."""
    return expected("edit POST", role).effect is Effect.EDITED


def may_delete(role: str) -> bool:
    """Whether the matrix lets the role delete the author's note."""
    return expected("delete POST", role).effect is Effect.DELETED


def alices_note(target: Target, title: str, body: str = BODY) -> int:
    """A fresh note written by alice, for one test only."""
    with new_session() as author:
        sign_in(author, target, ALICE)
        return create_note(author, target, title, body)


def become(client: requests.Session, target: Target, role: Role, fresh: bool) -> None:
    """Sign the session in as the role's user (for real when fresh)."""
    if role.username is None:
        return
    if fresh:
        response = login(client, target, role.username, DEMO_PASSWORD)
        assert response.status_code == HTTPStatus.FOUND
    else:
        sign_in(client, target, role.username)


CASES = [
    pytest.param(route, role, id=param_id(f"{route} as {role}"))
    for route in ROUTES
    for role in ROLES
]


@pytest.mark.parametrize(("route_name", "role_name"), CASES)
def test_authorization_matrix(
    target: Target, client: requests.Session, route_name: str, role_name: str
) -> None:
    """Each role gets MATRIX's status and redirect from each route, and afterwards
    the note, the notes list and the session show exactly MATRIX's effect."""
    route, role = ROUTES[route_name], ROLES[role_name]
    expect = expected(route_name, role_name)
    marker = unique("")
    title = f"Matrix {marker}"
    note_id = alices_note(target, title)
    become(client, target, role, fresh=route.ends_session)
    path = route.path.format(id=note_id)

    data = {name: value.format(m=marker) for name, value in (route.form or {}).items()}
    if route.method == "GET":
        response = get(client, target, path)
    else:
        response = post(client, target, path, data, session_token(client, target))

    assert response.status_code == expect.status
    new_id = None
    if expect.goes_to == SIGN_IN:
        location = absolute(target, response.headers["Location"])
        assert urlsplit(location).path == target.profile.login_url
        assert query(location)["next"] == [path]
    elif expect.goes_to is not None:
        location = absolute(target, response.headers["Location"])
        if "{new}" in expect.goes_to:
            new_id = note_id_from(target, location)
        assert location == target.url(expect.goes_to.format(id=note_id, new=new_id))
    if expect.status == HTTPStatus.METHOD_NOT_ALLOWED:
        assert "POST" in response.headers["Allow"]
    if expect.status == HTTPStatus.OK and route.page is not None:
        assert soup(response).select_one(route.page) is not None
    if route.echoes_user:
        state = response.json()
        assert state["authenticated"] is (role.username is not None)
        assert state["username"] == role.username
        assert state["is_staff"] is role.is_staff

    note = api_note(target, note_id)
    if expect.effect is Effect.DELETED:
        assert note is None
    else:
        assert note is not None
        edited = expect.effect is Effect.EDITED
        assert note["title"] == (data["title"] if edited else title)
    if route.creates_note:
        created = find_note(target, data["title"])
        assert (created is not None) is (expect.effect is Effect.CREATED)
        if created is not None:
            assert created[0]["id"] == new_id
            assert created[0]["author"] == role.username
    signed_out = role.username is None or expect.effect is Effect.SIGNED_OUT
    assert signed_in_as(client, target) == (None if signed_out else role.username)


# --- the note pages ----------------------------------------------------------------


def test_create_note(target: Target, client: requests.Session) -> None:
    """New note: 302 to the note, "Note created.", the title stored stripped."""
    sign_in(client, target, ALICE)
    title = unique("Created ")
    page = get(client, target, NEW_NOTE_PATH)
    assert page.status_code == HTTPStatus.OK
    assert (
        soup(page).h1 is not None and soup(page).h1.get_text(strip=True) == "New note"
    )
    response = post(
        client,
        target,
        NEW_NOTE_PATH,
        {"title": f"  {title}  ", "body": BODY},
        csrf_token(page, target.profile),
    )
    assert response.status_code == HTTPStatus.FOUND
    note_id = note_id_from(target, response.headers["Location"])
    detail = soup(get(client, target, note_path(note_id)))
    assert "Note created." in messages(detail)
    assert detail.select_one("h1.note-title").get_text(strip=True) == title
    note = api_note(target, note_id)
    assert note is not None
    assert (note["title"], note["body"], note["author"]) == (title, BODY, ALICE)


def test_edit_note(target: Target, client: requests.Session) -> None:
    """Edit: the form holds the note, a valid post is 302 to the note with
    "Note updated." and the new title and body are stored."""
    note_id = alices_note(target, unique("Before "))
    sign_in(client, target, ALICE)
    before = api_note(target, note_id)
    assert before is not None
    page = get(client, target, note_path(note_id, "edit"))
    assert page.status_code == HTTPStatus.OK
    form = soup(page)
    assert field_value(form, "title") == before["title"]
    assert field_value(form, "body") == BODY
    title = unique("After ")
    response = post(
        client,
        target,
        note_path(note_id, "edit"),
        {"title": title, "body": "Changed body."},
        csrf_token(page, target.profile),
    )
    assert response.status_code == HTTPStatus.FOUND
    assert absolute(target, response.headers["Location"]) == target.url(
        note_path(note_id)
    )
    assert "Note updated." in messages(soup(get(client, target, note_path(note_id))))
    after = api_note(target, note_id)
    assert after is not None
    assert (after["title"], after["body"]) == (title, "Changed body.")


def test_delete_note(target: Target, client: requests.Session) -> None:
    """Delete from the note page's button: 302 to /, "Note deleted.", gone."""
    note_id = alices_note(target, unique("Doomed "))
    sign_in(client, target, ALICE)
    detail = soup(get(client, target, note_path(note_id)))
    form = detail.select_one("form.note-delete")
    assert form is not None
    response = post(
        client,
        target,
        note_path(note_id, "delete"),
        {},
        csrf_token(form, target.profile),
    )
    assert response.status_code == HTTPStatus.FOUND
    assert absolute(target, response.headers["Location"]) == target.url("/")
    assert "Note deleted." in messages(soup(get(client, target, "/")))
    assert api_note(target, note_id) is None


@dataclass(frozen=True)
class BadNote:
    """A note form filled in wrongly and the error it must show."""

    data: dict[str, str]
    errors: dict[str, str] = field(default_factory=dict)


BAD_NOTES = {
    "empty title": BadNote(
        {"title": "", "body": BODY}, {"title": "This field is required."}
    ),
    "blank title": BadNote(
        {"title": "   ", "body": BODY}, {"title": "This field is required."}
    ),
    "title too long": BadNote(
        {"title": "T" * 101, "body": BODY},
        {"title": "Ensure this value has at most 100 characters (it has 101)."},
    ),
    "empty body": BadNote(
        {"title": "Fine", "body": ""}, {"body": "This field is required."}
    ),
    "body too long": BadNote(
        {"title": "Fine", "body": "b" * 5001},
        {"body": "Ensure this value has at most 5000 characters (it has 5001)."},
    ),
}


@pytest.mark.parametrize("form", ["new", "edit"])
@pytest.mark.parametrize("case", list(BAD_NOTES), ids=param_id)
def test_invalid_note_form(
    target: Target, client: requests.Session, case: str, form: str
) -> None:
    """An invalid new or edit form: 200, the error next to its field, the values
    kept, and nothing stored (no new note, the edited note unchanged)."""
    bad = BAD_NOTES[case]
    original = unique("Untouched ")
    note_id = alices_note(target, original)
    path = NEW_NOTE_PATH if form == "new" else note_path(note_id, "edit")
    sign_in(client, target, ALICE)
    count = note_count(target)
    response = post(client, target, path, bad.data, form_token(client, target, path))
    assert response.status_code == HTTPStatus.OK
    page = soup(response)
    for name, error in bad.errors.items():
        assert form_errors(page, name) == [error], name
    for name, value in bad.data.items():
        assert field_value(page, name).strip() == value.strip(), name
    assert note_count(target) == count
    note = api_note(target, note_id)
    assert note is not None and (note["title"], note["body"]) == (original, BODY)


@pytest.mark.parametrize("role_name", list(ROLES), ids=param_id)
def test_note_page_shows_only_allowed_controls(
    target: Target, client: requests.Session, role_name: str
) -> None:
    """The note page shows Edit to whoever may edit and Delete (a POST form with a
    CSRF token) to whoever may delete, as MATRIX says, and to nobody else."""
    note_id = alices_note(target, unique("Controls "))
    become(client, target, ROLES[role_name], fresh=False)
    response = get(client, target, note_path(note_id))
    assert response.status_code == HTTPStatus.OK
    page = soup(response)
    edit = page.select_one("a.note-edit")
    delete = page.select_one("form.note-delete")
    assert (edit is not None) is may_edit(role_name)
    assert (delete is not None) is may_delete(role_name)
    if edit is not None:
        assert absolute(target, str(edit["href"])) == target.url(
            note_path(note_id, "edit")
        )
    if delete is not None:
        assert str(delete.get("method", "")).lower() == "post"
        assert absolute(target, str(delete["action"])) == target.url(
            note_path(note_id, "delete")
        )
        assert csrf_token(delete, target.profile)


@pytest.mark.parametrize("role_name", list(ROLES), ids=param_id)
def test_nav_shows_the_signed_in_state(
    target: Target, client: requests.Session, role_name: str
) -> None:
    """Signed out: "Log in" and "Register". Signed in: "New note", "Signed in as
    <username>" and a "Log out" POST button; "Admin" for staff only."""
    role = ROLES[role_name]
    become(client, target, role, fresh=False)
    page = soup(get(client, target, "/"))
    nav = page.select_one("nav.site-nav")
    assert nav is not None
    links = {
        a.get_text(strip=True): urlsplit(absolute(target, str(a["href"]))).path
        for a in nav.select("a[href]")
    }
    user = nav.select_one(".nav-user")
    logout_form = nav.select_one("form.logout-form")
    if role.username is None:
        assert links.get("Log in") == target.profile.login_url
        assert links.get("Register") == "/accounts/register/"
        assert "New note" not in links
        assert user is None and logout_form is None
    else:
        assert links.get("New note") == NEW_NOTE_PATH
        assert user is not None
        assert user.get_text(" ", strip=True) == f"Signed in as {role.username}"
        assert logout_form is not None
        assert str(logout_form.get("method", "")).lower() == "post"
        assert absolute(target, str(logout_form["action"])) == target.url(LOGOUT_PATH)
        assert logout_form.get_text(strip=True) == "Log out"
        assert csrf_token(logout_form, target.profile)
        assert "Log in" not in links and "Register" not in links
    assert ("Admin" in links) is role.is_staff
    if role.is_staff:
        assert links["Admin"] == target.profile.admin.index
    assert whoami(client, target)["is_staff"] is role.is_staff
