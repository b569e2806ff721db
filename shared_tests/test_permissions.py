"""Who may do what with a note: every cell of the authorization matrix.

Django answers with LoginRequiredMixin, UserPassesTestMixin and a
"Moderators" group holding notes.delete_note; the Flask twin with
Flask-Login's login_required and a hand-written role check. MATRIX (in
helpers/matrix.py) says what every role gets from every protected route. Each
test below takes the cells of one kind of answer, so each case states one
expectation; every case writes its own note (by alice) and reads the state
afterwards through the JSON API. The note page offers each role exactly the
controls MATRIX allows.
"""

from __future__ import annotations

from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
import requests

from harness.target import Target
from helpers.accounts import LOGIN_PATH, signed_in_as
from helpers.matrix import (
    MATRIX,
    ROLES,
    ROUTES,
    Answer,
)
from helpers.matrix_requests import cells, make_request, note_title
from helpers.notes import find_note, note_id_from, note_path
from helpers.pages import soup
from helpers.responses import absolute, query


@pytest.mark.parametrize(("route_name", "role_name"), cells(Answer.SIGN_IN))
def test_signed_out_visitors_are_sent_to_sign_in(
    target: Target, client: requests.Session, route_name: str, role_name: str
) -> None:
    """302 to the sign-in page with next set to the route; the note is unchanged
    and no note is created."""
    case = make_request(client, target, route_name, role_name)
    assert case.response.status_code == HTTPStatus.FOUND
    location = absolute(target, case.response.headers["Location"])
    assert urlsplit(location).path == LOGIN_PATH
    assert query(location)["next"] == [case.path]
    assert note_title(target, case) == case.title
    if "title" in case.data:
        assert find_note(target, case.data["title"]) is None


@pytest.mark.parametrize(("route_name", "role_name"), cells(Answer.DENIED))
def test_other_roles_are_refused(
    target: Target, client: requests.Session, route_name: str, role_name: str
) -> None:
    """403; the note is unchanged and the role is still signed in."""
    case = make_request(client, target, route_name, role_name)
    assert case.response.status_code == HTTPStatus.FORBIDDEN
    assert note_title(target, case) == case.title
    assert signed_in_as(client, target) == ROLES[role_name].username


@pytest.mark.parametrize(("route_name", "role_name"), cells(Answer.NO_GET))
def test_get_on_a_post_only_route_is_refused(
    target: Target, client: requests.Session, route_name: str, role_name: str
) -> None:
    """405 with an Allow header that offers POST; the note is unchanged."""
    case = make_request(client, target, route_name, role_name)
    assert case.response.status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert "POST" in case.response.headers["Allow"]
    assert note_title(target, case) == case.title


@pytest.mark.parametrize(("route_name", "role_name"), cells(Answer.SHOWN))
def test_pages_are_shown(
    target: Target, client: requests.Session, route_name: str, role_name: str
) -> None:
    """200 with the route's page; the note is unchanged."""
    case = make_request(client, target, route_name, role_name)
    assert case.response.status_code == HTTPStatus.OK
    assert soup(case.response).select_one(str(ROUTES[route_name].page)) is not None
    assert note_title(target, case) == case.title


@pytest.mark.parametrize(("route_name", "role_name"), cells(Answer.ECHOED))
def test_whoami_names_the_role(
    target: Target, client: requests.Session, route_name: str, role_name: str
) -> None:
    """200 with JSON that names the role's user and staff status, or nobody."""
    case = make_request(client, target, route_name, role_name)
    role = ROLES[role_name]
    assert case.response.status_code == HTTPStatus.OK
    state = case.response.json()
    assert state["authenticated"] is (role.username is not None)
    assert (state["username"], state["is_staff"]) == (role.username, role.is_staff)


@pytest.mark.parametrize(("route_name", "role_name"), cells(Answer.CREATED))
def test_signed_in_users_create_notes(
    target: Target, client: requests.Session, route_name: str, role_name: str
) -> None:
    """302 to the new note, which the API lists once, written by the role's user."""
    case = make_request(client, target, route_name, role_name)
    assert case.response.status_code == HTTPStatus.FOUND
    new_id = note_id_from(target, case.response.headers["Location"])
    created = find_note(target, case.data["title"])
    assert created is not None
    assert created[0]["id"] == new_id
    assert created[0]["author"] == ROLES[role_name].username


@pytest.mark.parametrize(("route_name", "role_name"), cells(Answer.EDITED))
def test_authors_edit_their_notes(
    target: Target, client: requests.Session, route_name: str, role_name: str
) -> None:
    """302 to the note, which now has the posted title."""
    case = make_request(client, target, route_name, role_name)
    assert case.response.status_code == HTTPStatus.FOUND
    landed = absolute(target, case.response.headers["Location"])
    assert landed == target.url(note_path(case.note_id))
    assert note_title(target, case) == case.data["title"]


@pytest.mark.parametrize(("route_name", "role_name"), cells(Answer.DELETED))
def test_authors_and_moderators_delete_notes(
    target: Target, client: requests.Session, route_name: str, role_name: str
) -> None:
    """302 to the home page, and the note is gone."""
    case = make_request(client, target, route_name, role_name)
    assert case.response.status_code == HTTPStatus.FOUND
    assert absolute(target, case.response.headers["Location"]) == target.url("/")
    assert note_title(target, case) is None


@pytest.mark.parametrize(("route_name", "role_name"), cells(Answer.SIGNED_OUT))
def test_logout_signs_out_and_goes_home(
    target: Target, client: requests.Session, route_name: str, role_name: str
) -> None:
    """302 to the home page; nobody is signed in afterwards; the note stays."""
    case = make_request(client, target, route_name, role_name)
    assert case.response.status_code == HTTPStatus.FOUND
    assert absolute(target, case.response.headers["Location"]) == target.url("/")
    assert signed_in_as(client, target) is None
    assert note_title(target, case) == case.title


def test_every_cell_is_tested() -> None:
    """The tests above take every cell of MATRIX between them, once."""
    taken = [case for kind in Answer for case in cells(kind)]
    assert len(taken) == len(MATRIX) * len(ROLES)
