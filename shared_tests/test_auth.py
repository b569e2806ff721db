"""Signing in and out: credentials, the sign-in redirect, `next`, cookies, hashes.

Django does this with django.contrib.auth's views; the Flask twin with
Flask-Login plus hand-written views. Both must agree on the wire, except where
the profiles say otherwise; what differs is recorded under topic 11.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from harness import Target
from pages import (
    ADMIN,
    ALICE,
    DEMO_PASSWORD,
    absolute,
    field_value,
    form_errors,
    messages,
    new_session,
    nonfield_errors,
    query,
    set_cookies,
    soup,
)

from accounts import (
    LOGOUT_PATH,
    NEW_NOTE_PATH,
    form_token,
    get,
    id_pattern,
    login,
    logout,
    note_path,
    post,
    row_link,
    sign_in,
    signed_in_as,
)

Observe = Callable[[str, str], None]

WRONG_CREDENTIALS = (
    "Please enter a correct username and password. "
    "Note that both fields may be case-sensitive."
)
REQUIRED = "This field is required."

# Values of `next` that point off the site, directly or once a browser has
# normalised them (backslashes read as slashes, leading control characters
# dropped). The app must send the user home instead.
EVIL_NEXTS = [
    pytest.param("https://evil.example/", id="absolute-url"),
    pytest.param("//evil.example/", id="scheme-relative"),
    pytest.param("/\\evil.example", id="slash-backslash"),
    pytest.param("javascript:alert(1)", id="javascript"),
    pytest.param("///evil.example/", id="three-slashes"),
    pytest.param("https:evil.example", id="scheme-without-slashes"),
    pytest.param("\t//evil.example/", id="leading-tab"),
]

SAFE_NEXTS = ["/notes/new/", "/?page=2"]


def shown_location(target: Target, location: str) -> str:
    """A Location header as recorded: an absolute one keeps its form, not its port."""
    if location.startswith(target.base_url):
        return "http://host" + location.removeprefix(target.base_url)
    return location


def browser_target(target: Target, location: str) -> str:
    """Where a browser goes for this Location: backslashes are slashes to it."""
    return absolute(target, location.strip().replace("\\", "/"))


# --- signing in ------------------------------------------------------------------


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
    target: Target, client: requests.Session, username: str, password: str
) -> None:
    """Wrong credentials: 200, the form with Django's error, the username kept,
    the password not echoed, and nobody signed in."""
    response = login(client, target, username, password)
    assert response.status_code == HTTPStatus.OK
    page = soup(response)
    assert nonfield_errors(page) == [WRONG_CREDENTIALS]
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


# --- the sign-in redirect and next ---------------------------------------------------


def test_anonymous_new_note_is_sent_to_sign_in(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """Signed out, /notes/new/ answers 302 to the sign-in page with next set to it;
    the raw Location (its encoding and form) is recorded."""
    response = get(client, target, NEW_NOTE_PATH)
    assert response.status_code == HTTPStatus.FOUND
    location = response.headers["Location"]
    assert urlsplit(absolute(target, location)).path == target.profile.login_url
    assert query(location)["next"] == [NEW_NOTE_PATH]
    observe("11. Auth — sign-in redirect Location", shown_location(target, location))


def test_sign_in_redirect_returns_to_the_page(
    target: Target, client: requests.Session, demo_note: dict[str, Any]
) -> None:
    """Signed out, an edit page redirects to sign-in; signing in with that next
    lands back on the edit page."""
    page = note_path(demo_note["id"], "edit")
    response = get(client, target, page)
    assert response.status_code == HTTPStatus.FOUND
    location = absolute(target, response.headers["Location"])
    assert urlsplit(location).path == target.profile.login_url
    (next_page,) = query(location)["next"]
    assert next_page == page
    signed_in = login(client, target, ALICE, DEMO_PASSWORD, next=next_page)
    assert signed_in.status_code == HTTPStatus.FOUND
    assert absolute(target, signed_in.headers["Location"]) == target.url(page)


@pytest.mark.parametrize("next_url", EVIL_NEXTS)
def test_login_never_redirects_off_site(
    target: Target, client: requests.Session, next_url: str
) -> None:
    """A `next` that leads to another site (or a script) is ignored: home instead."""
    response = login(client, target, ALICE, DEMO_PASSWORD, next=next_url)
    assert response.status_code == HTTPStatus.FOUND
    assert browser_target(target, response.headers["Location"]) == target.url("/")
    assert signed_in_as(client, target) == ALICE


@pytest.mark.parametrize("next_url", SAFE_NEXTS)
def test_login_honours_a_path_on_the_site(
    target: Target, client: requests.Session, next_url: str
) -> None:
    """A `next` that is a path on this site is where sign-in leads."""
    response = login(client, target, ALICE, DEMO_PASSWORD, next=next_url)
    assert response.status_code == HTTPStatus.FOUND
    assert absolute(target, response.headers["Location"]) == target.url(next_url)


# --- signing out ---------------------------------------------------------------------


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


# --- cookies and hashes --------------------------------------------------------------


# Set-Cookie attributes as recorded: these with their value, then these without.
COOKIE_VALUED = (("path", "Path"), ("max-age", "Max-Age"), ("samesite", "SameSite"))
COOKIE_FLAGS = (("expires", "Expires"), ("httponly", "HttpOnly"), ("secure", "Secure"))


def cookie_summary(name: str, attributes: dict[str, str]) -> str:
    """Name and flags of a Set-Cookie, without its value or expiry date."""
    parts = [name]
    parts += [
        f"{label}={attributes[key]}"
        for key, label in COOKIE_VALUED
        if key in attributes
    ]
    parts += [label for key, label in COOKIE_FLAGS if key in attributes]
    return "; ".join(parts)


def test_session_cookie_after_sign_in(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """Signing in sets the profile's session cookie, HttpOnly and SameSite=Lax, and
    a new value: the cookie from before sign-in (if any) is not signed in.
    Name, flags and what happened to the value are recorded."""
    name = target.profile.session_cookie
    token = form_token(client, target, target.profile.login_url)
    before = client.cookies.get(name)
    response = post(
        client,
        target,
        target.profile.login_url,
        {"username": ALICE, "password": DEMO_PASSWORD},
        token,
    )
    assert response.status_code == HTTPStatus.FOUND
    cookies = set_cookies(response)
    assert name in cookies, f"no {name} cookie in {sorted(cookies)}"
    attributes = cookies[name]
    assert "httponly" in attributes
    assert attributes.get("samesite", "").lower() == "lax"
    observe("11. Auth — session cookie", cookie_summary(name, attributes))

    after = attributes["value"]
    assert after and after != before
    if before is None:
        observe("11. Auth — session cookie at sign-in", "issued (none before)")
    else:
        observe("11. Auth — session cookie at sign-in", "new value (had one)")
        with new_session() as old:
            old.cookies.set(name, before)
            assert signed_in_as(old, target) is None


def test_password_hash_scheme_in_admin(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """The admin's user page names the hashing scheme (like "algorithm:
    pbkdf2_sha256") and never shows the stored hash in a form field."""
    sign_in(client, target, ADMIN)
    admin = target.profile.admin
    listing = get(client, target, admin.user_list)
    assert listing.status_code == HTTPStatus.OK
    href = row_link(soup(listing), ALICE, id_pattern(admin.user_change))
    page = client.get(absolute(target, href), allow_redirects=False)
    assert page.status_code == HTTPStatus.OK
    match = re.search(r"algorithm\s*:\s*([\w-]+)", soup(page).get_text(" "))
    assert match, "the user page does not name the hashing algorithm"
    scheme = match.group(1)
    observe("11. Auth — password hash scheme", scheme)
    assert scheme == target.profile.password_hash_scheme
    for control in soup(page).select("input, textarea"):
        shown = str(control.get("value") or control.get_text())
        assert not (shown.startswith(scheme) and "$" in shown), (
            f"the stored hash is shown in the form field {control.get('name')!r}"
        )
