"""Password rules only Django has: common passwords, passwords like the username.

Django keeps its default validators (CommonPasswordValidator,
UserAttributeSimilarityValidator); the Flask twin enforces only the spec's
rules. Which app refuses which case is the profile's `rejected_passwords`;
each case is recorded under topic 11.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus

import pytest
import requests

from harness.observations import Observe
from harness.target import Target
from helpers.accounts import register, signed_in_as
from helpers.client import param_id, unique
from helpers.pages import form_errors, soup

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
