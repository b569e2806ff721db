"""Signing in and out: credentials, the forms' errors, logout by POST only.

Django does this with django.contrib.auth's views; the Flask twin with
Flask-Login plus hand-written views. Both must agree on the wire, except where
the profiles say otherwise (a copy of Flask's signed session cookie outlives
the logout; Django's LogoutView follows a safe `next`, the Flask twin's logout
goes home); what differs is recorded under topic 11. Where sign-in leads
(`next`) is in test_login_next.py.
"""

from __future__ import annotations

from http import HTTPStatus
from urllib.parse import urlencode

import pytest
import requests

from harness.observations import Observe
from harness.target import Target
from helpers.accounts import LOGOUT_PATH, login, logout, signed_in_as
from helpers.client import get, new_session, post, session_token
from helpers.demo import ALICE, DEMO_PASSWORD
from helpers.pages import field_value, form_errors, messages, nonfield_errors, soup
from helpers.responses import absolute
from helpers.texts import REQUIRED


def test_login_with_the_right_password_signs_in(
    target: Target, client: requests.Session
) -> None:
    """The right username and password: 302 to the home page, signed in."""
    response = login(client, target, ALICE, DEMO_PASSWORD)
    assert response.status_code == HTTPStatus.FOUND
    assert absolute(target, response.headers["Location"]) == target.url("/")
    assert signed_in_as(client, target) == ALICE


@pytest.mark.parametrize(
    ("username", "password"),
    [
        pytest.param(ALICE, "wrong-pass-123", id="wrong-password"),
        pytest.param("nobody-here", DEMO_PASSWORD, id="unknown-user"),
        pytest.param(ALICE.upper(), DEMO_PASSWORD, id="username-in-capitals"),
    ],
)
def test_login_with_wrong_credentials_shows_the_form_again(
    target: Target,
    client: requests.Session,
    observe: Observe,
    username: str,
    password: str,
) -> None:
    """Wrong credentials: 200, the form with the app's error (recorded), the
    username kept, the password not echoed, and nobody signed in."""
    response = login(client, target, username, password)
    assert response.status_code == HTTPStatus.OK
    page = soup(response)
    observe("11. Auth — error text: wrong password", " ".join(nonfield_errors(page)))
    assert nonfield_errors(page) == [target.profile.texts.wrong_credentials]
    assert field_value(page, "username") == username
    assert field_value(page, "password") == ""
    assert signed_in_as(client, target) is None


def test_login_with_empty_fields_marks_both(
    target: Target, client: requests.Session
) -> None:
    """An empty sign-in form: 200, "This field is required." next to each field."""
    response = login(client, target, "", "")
    assert response.status_code == HTTPStatus.OK
    page = soup(response)
    assert form_errors(page, "username") == [REQUIRED]
    assert form_errors(page, "password") == [REQUIRED]
    assert signed_in_as(client, target) is None


def test_logout_by_get_is_refused(target: Target, client: requests.Session) -> None:
    """GET /accounts/logout/ is 405 with Allow naming POST, and signs nobody out."""
    assert login(client, target, ALICE, DEMO_PASSWORD).status_code == HTTPStatus.FOUND
    response = get(client, target, LOGOUT_PATH)
    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED
    allowed = {method.strip() for method in response.headers["Allow"].split(",")}
    assert "POST" in allowed
    assert "GET" not in allowed
    assert signed_in_as(client, target) == ALICE


def test_logout_by_post_signs_out(target: Target, client: requests.Session) -> None:
    """POST /accounts/logout/ (with the nav's token): 302 to /, the message
    "You have been logged out.", signed out."""
    assert login(client, target, ALICE, DEMO_PASSWORD).status_code == HTTPStatus.FOUND
    response = logout(client, target)
    assert response.status_code == HTTPStatus.FOUND
    assert absolute(target, response.headers["Location"]) == target.url("/")
    home = get(client, target, "/")
    assert "You have been logged out." in messages(soup(home))
    assert signed_in_as(client, target) is None


def test_session_cookie_replayed_after_logout(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """A copy of the signed-in session cookie, replayed after logout: Django's
    server-side session is gone; Flask's signed cookie still holds the user
    (recorded; expected per profile)."""
    assert login(client, target, ALICE, DEMO_PASSWORD).status_code == HTTPStatus.FOUND
    stolen = client.cookies.copy()
    assert logout(client, target).status_code == HTTPStatus.FOUND
    with new_session() as replay:
        replay.cookies.update(stolen)
        still = signed_in_as(replay, target) == ALICE
    observe(
        "11. Auth — old session cookie after logout",
        "still signed in" if still else "signed out",
    )
    assert still is not target.profile.logout_ends_session


def logout_with_next(
    client: requests.Session, target: Target, next_url: str
) -> requests.Response:
    """Sign alice in, then log out with next in the query and in the form."""
    assert login(client, target, ALICE, DEMO_PASSWORD).status_code == HTTPStatus.FOUND
    token = session_token(client, target)
    path = LOGOUT_PATH + "?" + urlencode({"next": next_url})
    response = post(client, target, path, {"next": next_url}, token)
    assert response.status_code == HTTPStatus.FOUND
    assert signed_in_as(client, target) is None
    return response


def test_logout_next_on_the_site(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """Logout with next=/about/ signs out and goes there where the profile says
    logout follows a next (Django's LogoutView), else home. Recorded."""
    response = logout_with_next(client, target, "/about/")
    landed = absolute(target, response.headers["Location"])
    observe(
        "11. Auth — logout with next=/about/ goes to",
        landed.removeprefix(target.base_url),
    )
    followed = target.profile.logout_follows_next
    assert landed == target.url("/about/" if followed else "/")


def test_logout_never_leaves_the_site(target: Target, client: requests.Session) -> None:
    """Logout with a next on another site signs out and goes home."""
    response = logout_with_next(client, target, "https://evil.example/")
    assert absolute(target, response.headers["Location"]) == target.url("/")
