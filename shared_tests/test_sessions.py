"""Sessions end when the account changes, and old ids never name new rows.

Django keeps sessions in the database with a hash of the password, and its
auth backend refuses inactive and deleted users. The Flask twin's session is
a signed cookie: it names the user by a random token that a new password
replaces, its user loader refuses inactive users, and its tables never hand a
deleted row's id to a new one (SQLite's AUTOINCREMENT; Django's SQLite backend
asks for it by itself). A copy of a cookie still works after its own logout
in Flask: that difference is in test_auth.py.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
import requests

from harness.observations import Observe
from harness.target import Target
from helpers.accounts import (
    LOGIN_PATH,
    NEW_USER_PASSWORD,
    login,
    new_user,
    register,
    sign_in,
    signed_in_as,
)
from helpers.admin_users import deactivate, delete_user, set_password
from helpers.client import new_session, param_id, post, session_token, unique
from helpers.demo import ADMIN, ALICE, DEMO_PASSWORD
from helpers.notes import (
    NEW_NOTE_PATH,
    NOTE_BODY,
    api_note,
    create_note,
    note_path,
)
from helpers.pages import csrf_token, nonfield_errors, soup
from helpers.responses import redirect_target

# What staff does to an account in the admin, each of which must sign it out.
ENDINGS: dict[str, Callable[[requests.Session, Target, str], None]] = {
    "changes the password": lambda admin, target, username: set_password(
        admin, target, username, "other-harbor-lantern-77"
    ),
    "deactivates the user": deactivate,
    "deletes the user": delete_user,
}


def signed_in_user(
    cookies: requests.cookies.RequestsCookieJar, target: Target
) -> str | None:
    """Who a copy of these cookies signs in as (None: nobody)."""
    with new_session() as replay:
        replay.cookies.update(cookies)
        return signed_in_as(replay, target)


def described(user: str | None, owner: str) -> str:
    """An observation of who a cookie of owner's signs in as."""
    if user is None:
        return "signed out"
    return "still signed in" if user == owner else "signed in as another user"


@pytest.mark.parametrize("ending", list(ENDINGS), ids=param_id)
def test_admin_change_ends_every_session(
    target: Target, client: requests.Session, observe: Observe, ending: str
) -> None:
    """When staff changes a user's password, deactivates or deletes the user,
    every session of that user is signed out (copied cookies too); other
    users stay signed in."""
    username = unique("ended")
    registered = register(
        client, target, username, NEW_USER_PASSWORD, NEW_USER_PASSWORD
    )
    assert registered.status_code == HTTPStatus.FOUND
    with new_session() as second:
        signed_in = login(second, target, username, NEW_USER_PASSWORD)
        assert signed_in.status_code == HTTPStatus.FOUND
        copied = second.cookies.copy()
    with new_session() as bystander:
        sign_in(bystander, target, ALICE)
        with new_session() as admin:
            # Django's admin gives the admin's own session a new key when it
            # changes a password: sign in for real, not with the shared cookie.
            signed_in = login(admin, target, ADMIN, DEMO_PASSWORD)
            assert signed_in.status_code == HTTPStatus.FOUND
            ENDINGS[ending](admin, target, username)
        assert signed_in_as(bystander, target) == ALICE
    after = signed_in_user(copied, target)
    row = f"11. Auth — a copied session cookie after the admin {ending}"
    observe(row, described(after, username))
    assert after is None
    assert signed_in_as(client, target) is None


def test_deactivated_user_cannot_sign_in(
    target: Target, client: requests.Session
) -> None:
    """A user whom staff has deactivated gets the sign-in form again with the
    wrong-credentials error, right password or not, and is not signed in."""
    username, password = new_user(target, "inactive")
    with new_session() as admin:
        sign_in(admin, target, ADMIN)
        deactivate(admin, target, username)
    response = login(client, target, username, password)
    assert response.status_code == HTTPStatus.OK
    assert nonfield_errors(soup(response)) == [target.profile.texts.wrong_credentials]
    assert signed_in_as(client, target) is None


def test_deleted_users_cookie_never_signs_in_the_next_user(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """A deleted user's cookie signs in nobody, not even the user who registers
    next (and could get her row), and writing a note with it asks to sign in."""
    mallory = unique("mallory")
    registered = register(client, target, mallory, NEW_USER_PASSWORD, NEW_USER_PASSWORD)
    assert registered.status_code == HTTPStatus.FOUND
    assert signed_in_as(client, target) == mallory
    token = session_token(client, target)
    kept = client.cookies.copy()
    with new_session() as admin:
        sign_in(admin, target, ADMIN)
        delete_user(admin, target, mallory)
    newcomer = unique("newvictim")
    with new_session() as other:
        joined = register(other, target, newcomer, NEW_USER_PASSWORD, NEW_USER_PASSWORD)
        assert joined.status_code == HTTPStatus.FOUND
    after = signed_in_user(kept, target)
    row = "11. Auth — a deleted user's cookie after the next sign-up"
    observe(row, described(after, mallory))
    assert after is None
    with new_session() as replay:
        replay.cookies.update(kept)
        data = {"title": unique("Mallory's "), "body": NOTE_BODY}
        attempt = post(replay, target, NEW_NOTE_PATH, data, token)
    assert attempt.status_code == HTTPStatus.FOUND
    assert urlsplit(redirect_target(target, attempt)).path == LOGIN_PATH


def test_stale_delete_form_never_deletes_a_later_note(
    target: Target, client: requests.Session
) -> None:
    """A delete form still open for a note that is gone answers 404 and leaves
    the note written after it alone: a new note never gets a deleted id."""
    sign_in(client, target, ALICE)
    gone = create_note(client, target, unique("Gone "), NOTE_BODY)
    page = client.get(target.url(note_path(gone)), allow_redirects=False)
    assert page.status_code == HTTPStatus.OK
    token = csrf_token(page, target.profile)
    deleted = post(client, target, note_path(gone, "delete"), {}, token)
    assert deleted.status_code == HTTPStatus.FOUND
    later = create_note(client, target, unique("Later "), NOTE_BODY)
    stale = post(client, target, note_path(gone, "delete"), {}, token)
    assert stale.status_code == HTTPStatus.NOT_FOUND
    assert api_note(target, later) is not None
    assert later != gone
