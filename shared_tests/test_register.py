"""Registration: a valid form signs the new user in; every broken rule is shown.

Django uses UserCreationForm with its default password validators; the Flask
twin enforces the spec's rules by hand. Usernames are unique whatever their
case or Unicode form: both compare them case-insensitively after NFKC
normalisation (full-width "ａｌｉｃｅ" is "alice"). The password rules only
Django has are in test_password_rules.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus
from unicodedata import normalize

import pytest
import requests

from harness.target import Target
from helpers.accounts import NEW_USER_PASSWORD, login, register, signed_in_as
from helpers.client import get, new_session, param_id, unique
from helpers.demo import ALICE
from helpers.pages import field_value, form_errors, messages, soup
from helpers.responses import absolute
from helpers.texts import Error, required, too_long

# The spec's wording, which both apps use.
TAKEN = {"username": lambda texts: "A user with that username already exists."}
# Where the password rules' errors show differs: "{rules}" stands for that field.
RULES = "{rules}"
NEW_NAME_LENGTH = len(unique("bad"))


@dataclass(frozen=True)
class Invalid:
    """One way to fill in the registration form wrongly, and what it must say."""

    username: str  # "{new}" becomes a fresh unique name
    password1: str
    password2: str
    errors: dict[str, Error]  # field (or RULES) -> the error shown next to it


def taken(username: str) -> Invalid:
    """A valid form for a username that is already taken (as alice's)."""
    return Invalid(username, NEW_USER_PASSWORD, NEW_USER_PASSWORD, TAKEN)


INVALID = {
    "short password": Invalid(
        "{new}",
        "Ab1-xyz",
        "Ab1-xyz",
        {RULES: lambda texts: texts.password_too_short},
    ),
    "numeric password": Invalid(
        "{new}",
        "4815162342",
        "4815162342",
        {RULES: lambda texts: texts.password_numeric},
    ),
    "passwords differ": Invalid(
        "{new}",
        NEW_USER_PASSWORD,
        NEW_USER_PASSWORD + "x",
        {"password2": lambda texts: texts.password_mismatch},
    ),
    "duplicate username": taken(ALICE),
    "duplicate username in capitals": taken(ALICE.upper()),
    "duplicate username capitalised": taken(ALICE.capitalize()),
    # Full-width letters: NFKC turns them into "alice".
    "duplicate username in full-width letters": taken("ａｌｉｃｅ"),
    "bad characters": Invalid(
        "{new} x!",
        NEW_USER_PASSWORD,
        NEW_USER_PASSWORD,
        {"username": lambda texts: texts.invalid_username},
    ),
    "username too long": Invalid(
        "{new}" + "x" * 150,
        NEW_USER_PASSWORD,
        NEW_USER_PASSWORD,
        {"username": too_long(150, NEW_NAME_LENGTH + 150)},
    ),
    "empty form": Invalid(
        "",
        "",
        "",
        {"username": required, "password1": required, "password2": required},
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
    texts = target.profile.texts
    for field, error in invalid.errors.items():
        field = texts.password_rules_field if field == RULES else field
        assert error(texts) in form_errors(page, field), field
    # The username is kept, as typed or already normalised (NFKC).
    shown = field_value(page, "username")
    assert normalize("NFKC", shown) == normalize("NFKC", username)
    assert field_value(page, "password1") == ""
    assert field_value(page, "password2") == ""
    assert signed_in_as(client, target) is None
    with new_session() as attempt:
        refused = login(attempt, target, username, invalid.password1)
        assert refused.status_code == HTTPStatus.OK
        assert signed_in_as(attempt, target) is None
