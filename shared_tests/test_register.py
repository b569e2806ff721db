"""Registration: a valid form signs the new user in; every broken rule is shown.

Django uses UserCreationForm with its default password validators; the Flask
twin enforces the spec's rules by hand. Where Django checks more (common
passwords, passwords like the username) the difference is profile data and is
recorded under topic 11.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus

import pytest
import requests
from harness import Target
from pages import ALICE, absolute, field_value, form_errors, messages, new_session, soup

from accounts import (
    NEW_USER_PASSWORD,
    get,
    login,
    param_id,
    register,
    signed_in_as,
    unique,
)

Observe = Callable[[str, str], None]

REQUIRED = "This field is required."
INVALID_USERNAME = (
    "Enter a valid username. This value may contain only letters, numbers, "
    "and @/./+/-/_ characters."
)


@dataclass(frozen=True)
class Invalid:
    """One way to fill in the registration form wrongly, and what it must say."""

    username: str  # "{new}" becomes a fresh unique name
    password1: str
    password2: str
    errors: dict[str, str]  # field -> the error shown next to it


INVALID = {
    "short password": Invalid(
        "{new}",
        "Ab1-xyz",
        "Ab1-xyz",
        {
            "password2": "This password is too short. "
            "It must contain at least 8 characters."
        },
    ),
    "numeric password": Invalid(
        "{new}",
        "4815162342",
        "4815162342",
        {"password2": "This password is entirely numeric."},
    ),
    "passwords differ": Invalid(
        "{new}",
        NEW_USER_PASSWORD,
        NEW_USER_PASSWORD + "x",
        {"password2": "The two password fields didn’t match."},
    ),
    "duplicate username": Invalid(
        ALICE,
        NEW_USER_PASSWORD,
        NEW_USER_PASSWORD,
        {"username": "A user with that username already exists."},
    ),
    "duplicate username in capitals": Invalid(
        ALICE.upper(),
        NEW_USER_PASSWORD,
        NEW_USER_PASSWORD,
        {"username": "A user with that username already exists."},
    ),
    "bad characters": Invalid(
        "{new} x!",
        NEW_USER_PASSWORD,
        NEW_USER_PASSWORD,
        {"username": INVALID_USERNAME},
    ),
    "username too long": Invalid(
        "{new}" + "x" * 150,
        NEW_USER_PASSWORD,
        NEW_USER_PASSWORD,
        {"username": "Ensure this value has at most 150 characters (it has {len})."},
    ),
    "empty form": Invalid(
        "",
        "",
        "",
        {"username": REQUIRED, "password1": REQUIRED, "password2": REQUIRED},
    ),
}

# Passwords within the shared rules that Django's default validators refuse:
# case -> (how the row names it, the password for a username, Django's error).
# Which app refuses which case is the profile's `rejected_passwords`.
EXTRA_RULES: dict[str, tuple[str, Callable[[str], str], str]] = {
    "common": (
        "a common password",
        lambda username: "password123",
        "This password is too common.",
    ),
    "like the username": (
        "a password like the username",
        lambda username: username + "!",
        "The password is too similar to the username.",
    ),
}


def test_valid_registration_signs_in(target: Target, client: requests.Session) -> None:
    """A valid form: 302 to /, "Welcome, <username>!" and signed in as the new user,
    who can sign in again later with the password."""
    username = unique("reg")
    response = register(client, target, username, NEW_USER_PASSWORD, NEW_USER_PASSWORD)
    assert response.status_code == HTTPStatus.FOUND
    assert absolute(target, response.headers["Location"]) == target.url("/")
    home = get(client, target, "/")
    assert f"Welcome, {username}!" in messages(soup(home))
    assert signed_in_as(client, target) == username
    with new_session() as again:
        assert (
            login(again, target, username, NEW_USER_PASSWORD).status_code
            == HTTPStatus.FOUND
        )
        assert signed_in_as(again, target) == username


@pytest.mark.parametrize("case", list(INVALID), ids=param_id)
def test_invalid_registration_is_refused(
    target: Target, client: requests.Session, case: str
) -> None:
    """Each broken rule: 200, the error next to its field, the username kept,
    nobody signed in, and no account made (signing in with it fails)."""
    invalid = INVALID[case]
    username = invalid.username.replace("{new}", unique("bad"))
    response = register(client, target, username, invalid.password1, invalid.password2)
    assert response.status_code == HTTPStatus.OK
    page = soup(response)
    for field, error in invalid.errors.items():
        assert error.format(len=len(username)) in form_errors(page, field), field
    assert field_value(page, "username") == username
    assert field_value(page, "password1") == ""
    assert field_value(page, "password2") == ""
    assert signed_in_as(client, target) is None
    with new_session() as attempt:
        refused = login(attempt, target, username, invalid.password1)
        assert refused.status_code == HTTPStatus.OK
        assert signed_in_as(attempt, target) is None


@pytest.mark.parametrize("rule", list(EXTRA_RULES), ids=param_id)
def test_password_rules_only_django_has(
    target: Target, client: requests.Session, observe: Observe, rule: str
) -> None:
    """A password within the shared rules that Django's default validators refuse:
    refused (200, the error on password2, no account) where the profile says so,
    accepted (302, signed in) elsewhere. Recorded."""
    label, make_password, error = EXTRA_RULES[rule]
    username = unique("extra")
    password = make_password(username)
    response = register(client, target, username, password, password)
    refused = response.status_code == HTTPStatus.OK
    observe(
        f"11. Auth — register with {label}",
        "refused" if refused else "accepted",
    )
    if rule in target.profile.rejected_passwords:
        assert refused, response.status_code
        assert error in form_errors(soup(response), "password2")
        assert signed_in_as(client, target) is None
    else:
        assert response.status_code == HTTPStatus.FOUND
        assert signed_in_as(client, target) == username
