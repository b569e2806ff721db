"""The command line: a superuser made by each framework's command.

Django ships `createsuperuser`; the Flask twin writes `create-superuser` with
click, taking the same options (`--noinput --username U --email E`, password
from DJANGO_SUPERUSER_PASSWORD / FLASK_SUPERUSER_PASSWORD). The command lines
are profile data. The commands run
against the database of the server under test, so their effect is checked
over HTTP. With DEBUG off and no SECRET_KEY both refuse to start, with one
line on stderr. A server started outside the suite has no reachable CLI:
those tests skip, saying so.
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from http import HTTPStatus

import requests

from harness.observations import Observe
from harness.target import Target
from helpers.accounts import NEW_USER_PASSWORD, can_sign_in, login, new_user, whoami
from helpers.admin_forms import ADMIN_INDEX
from helpers.client import get, unique
from helpers.responses import absolute

OTHER_PASSWORD = "second-try-password-91"
NO_SECRET_KEY = "SECRET_KEY must be set when DEBUG is off."


def create_superuser(
    target: Target,
    username: str,
    password: str,
    env: Mapping[str, str | None] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the framework's create-superuser command (env changes the app's)."""
    commands = target.profile.commands
    values = {"username": username, "email": f"{username}@example.com"}
    args = [arg.format(**values) for arg in commands.superuser]
    return target.cli(
        *args, env={commands.superuser_password_env: password, **(env or {})}
    )


def test_superuser_from_the_cli_signs_in_as_staff(
    target: Target, client: requests.Session
) -> None:
    """A superuser made with the framework's command (password from the
    environment) signs in over HTTP, is staff, and opens the admin index."""
    username = unique("root")
    result = create_superuser(target, username, NEW_USER_PASSWORD)
    assert result.returncode == 0, result.stdout + result.stderr
    response = login(client, target, username, NEW_USER_PASSWORD)
    assert response.status_code == HTTPStatus.FOUND
    assert absolute(target, response.headers["Location"]) == target.url("/")
    state = whoami(client, target)
    assert (state["username"], state["is_staff"]) == (username, True)
    assert get(client, target, ADMIN_INDEX).status_code == HTTPStatus.OK


def test_duplicate_superuser_fails(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """Creating a superuser with a taken username exits non-zero and leaves that
    account as it was: its password still works, the new one does not, and it
    is still not staff."""
    username, password = new_user(target)
    status = create_superuser(target, username, OTHER_PASSWORD).returncode
    observe("2. CLI — duplicate superuser exit status", str(status))
    assert status != 0
    assert not can_sign_in(target, username, OTHER_PASSWORD)
    assert login(client, target, username, password).status_code == HTTPStatus.FOUND
    assert whoami(client, target)["is_staff"] is False


def test_cli_refuses_to_start_without_a_secret_key(target: Target) -> None:
    """With DEBUG=0 and SECRET_KEY unset the CLI exits non-zero, prints exactly one
    line on stderr ("SECRET_KEY must be set when DEBUG is off.", no traceback)
    and does nothing: the superuser it was asked for cannot sign in."""
    username = unique("nokey")
    unset = {"DEBUG": "0", "SECRET_KEY": None}
    result = create_superuser(target, username, NEW_USER_PASSWORD, env=unset)
    assert result.returncode != 0
    assert result.stderr.splitlines() == [NO_SECRET_KEY], result.stderr
    assert not can_sign_in(target, username, NEW_USER_PASSWORD)
