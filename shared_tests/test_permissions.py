"""Who may do what with a note: every cell of the authorization matrix.

Django answers with LoginRequiredMixin, UserPassesTestMixin and a
"Moderators" group holding notes.delete_note; the Flask twin with
Flask-Login's login_required and a hand-written role check. MATRIX (in
matrix.py) says what every role gets from every protected route; each case
writes its own note (by alice) and checks the state afterwards through the
JSON API. The note page offers each role exactly the controls MATRIX allows.
"""

from __future__ import annotations

from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
import requests
from browser import get, param_id, post, session_token, unique
from harness import Target
from matrix import (
    ROLES,
    ROUTES,
    SIGN_IN,
    Effect,
    become,
    expected,
    may_delete,
    may_edit,
)
from note_helpers import alices_note, api_note, find_note, note_id_from, note_path
from pages import csrf_token, soup
from responses import absolute, query

from accounts import signed_in_as

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
