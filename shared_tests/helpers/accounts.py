"""Signing up, in and out over HTTP, the way a browser would.

Every helper fills in the app's own forms (taking the CSRF token from the page
that holds them) and reads who is signed in from /api/whoami/. Nothing here
knows which framework it talks to.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import urlencode

import requests

from harness.target import Target
from helpers.client import form_token, get, new_session, post, unique
from helpers.demo import DEMO_PASSWORD
from helpers.pages import csrf_token, soup

# Passes every rule of both apps (Django's validators included).
NEW_USER_PASSWORD = "quiet-harbor-lantern-58"

LOGIN_PATH = "/accounts/login/"
REGISTER_PATH = "/accounts/register/"
LOGOUT_PATH = "/accounts/logout/"
WHOAMI_PATH = "/api/whoami/"

# Signed-in cookies per (app, user), so that a test that only needs to *be*
# someone does not pay for a password hash (Django's PBKDF2 takes a noticeable
# fraction of a second) on every sign-in. Each test still gets its own
# requests.Session with a copy of the cookies. Tests that sign out, or that are
# about signing in, sign in for real with `login`.
_signed_in: dict[tuple[str, str], requests.cookies.RequestsCookieJar] = {}


def whoami(session: requests.Session, target: Target) -> dict[str, Any]:
    """The app's view of this session's user, from /api/whoami/."""
    response = get(session, target, WHOAMI_PATH)
    assert response.status_code == HTTPStatus.OK
    return response.json()


def signed_in_as(session: requests.Session, target: Target) -> str | None:
    """The username this session is signed in as, or None."""
    state = whoami(session, target)
    return state["username"] if state["authenticated"] else None


def login(
    session: requests.Session,
    target: Target,
    username: str,
    password: str,
    next: str | None = None,
) -> requests.Response:
    """Fill in and post the sign-in form; next travels as a browser would carry it.

    The page is opened with ?next=…; its form has no action, so a browser posts
    back to the same URL, the query string included, with the hidden `next`
    input. Both copies are sent here.
    """
    path = LOGIN_PATH
    if next is not None:
        path += "?" + urlencode({"next": next})
    data = {"username": username, "password": password}
    if next is not None:
        data["next"] = next
    return post(session, target, path, data, form_token(session, target, path))


def logout(session: requests.Session, target: Target) -> requests.Response:
    """Press the nav's "Log out" button (a POST form with its CSRF token)."""
    page = get(session, target, "/")
    assert page.status_code == HTTPStatus.OK
    form = soup(page).select_one("form.logout-form")
    assert form is not None, "no Log out form in the nav"
    return post(session, target, LOGOUT_PATH, {}, csrf_token(form, target.profile))


def register(
    session: requests.Session,
    target: Target,
    username: str,
    password1: str,
    password2: str,
) -> requests.Response:
    """Fill in and post the registration form."""
    data = {"username": username, "password1": password1, "password2": password2}
    return post(
        session, target, REGISTER_PATH, data, form_token(session, target, REGISTER_PATH)
    )


def new_user(target: Target, prefix: str = "user") -> tuple[str, str]:
    """Register a fresh user over HTTP and return (username, password)."""
    username = unique(prefix)
    with new_session() as session:
        response = register(
            session, target, username, NEW_USER_PASSWORD, NEW_USER_PASSWORD
        )
    assert response.status_code == HTTPStatus.FOUND, (
        f"registering {username}: {response.status_code}"
    )
    return username, NEW_USER_PASSWORD


def can_sign_in(target: Target, username: str, password: str) -> bool:
    """Whether these credentials sign in (tried in a session of their own)."""
    with new_session() as session:
        login(session, target, username, password)
        return signed_in_as(session, target) == username


def sign_in(
    session: requests.Session,
    target: Target,
    username: str,
    password: str = DEMO_PASSWORD,
) -> None:
    """Make the session signed in as username (one real sign-in per app and user).

    Only for sessions that stay signed in: signing out ends the server-side
    session that Django's copies share. Tests that sign out use `login`.
    """
    key = (target.base_url, username)
    if key not in _signed_in:
        with new_session() as fresh:
            response = login(fresh, target, username, password)
            assert response.status_code == HTTPStatus.FOUND, (
                f"signing in as {username}: {response.status_code}"
            )
            _signed_in[key] = fresh.cookies.copy()
    session.cookies.update(_signed_in[key])
