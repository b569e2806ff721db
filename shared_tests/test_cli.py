"""The command line: a superuser made by each framework's command, and `seed`.

Django ships `createsuperuser` (password from DJANGO_SUPERUSER_PASSWORD with
--noinput); the Flask twin writes `create-superuser` with click (password from
FLASK_SUPERUSER_PASSWORD). The command lines are profile data. The commands run
against the database of the server under test, so their effect is checked
over HTTP. A server started outside the suite has no reachable CLI: those
tests skip, saying so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from http import HTTPStatus

import requests
from harness import Target
from pages import ALICE, DEMO_NOTES, DEMO_PASSWORD, absolute

from accounts import (
    NEW_USER_PASSWORD,
    api_notes_page,
    can_sign_in,
    get,
    login,
    new_user,
    unique,
    whoami,
)

Observe = Callable[[str, str], None]
OTHER_PASSWORD = "second-try-password-91"


def create_superuser(target: Target, username: str, password: str) -> int:
    """Run the framework's create-superuser command; return its exit status."""
    values = {"username": username, "email": f"{username}@example.com"}
    args = [arg.format(**values) for arg in target.profile.superuser_command]
    env = {target.profile.superuser_password_env: password}
    return target.cli(*args, env=env).returncode


def test_superuser_from_the_cli_signs_in_as_staff(
    target: Target, client: requests.Session
) -> None:
    """A superuser made with the framework's command (password from the
    environment) signs in over HTTP, is staff, and opens the admin index."""
    username = unique("root")
    assert create_superuser(target, username, NEW_USER_PASSWORD) == 0
    response = login(client, target, username, NEW_USER_PASSWORD)
    assert response.status_code == HTTPStatus.FOUND
    assert absolute(target, response.headers["Location"]) == target.url("/")
    state = whoami(client, target)
    assert (state["username"], state["is_staff"]) == (username, True)
    assert get(client, target, target.profile.admin.index).status_code == HTTPStatus.OK


def test_duplicate_superuser_fails(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """Creating a superuser with a taken username exits non-zero and leaves that
    account as it was: its password still works, the new one does not, and it
    is still not staff."""
    username, password = new_user(target)
    status = create_superuser(target, username, OTHER_PASSWORD)
    observe("2. CLI — duplicate superuser exit status", str(status))
    assert status != 0
    assert not can_sign_in(target, username, OTHER_PASSWORD)
    assert login(client, target, username, password).status_code == HTTPStatus.FOUND
    assert whoami(client, target)["is_staff"] is False


def demo_titles(target: Target) -> Counter[str]:
    """How often each demo note's title appears in the whole notes list."""
    titles: Counter[str] = Counter()
    page, pages = 1, 1
    while page <= pages:
        listing = api_notes_page(target, page)
        titles.update(
            note["title"]
            for note in listing["notes"]
            if note["title"].startswith("Demo note ")
        )
        pages = int(listing["pages"])
        page += 1
    return titles


def test_seed_twice_changes_nothing(target: Target) -> None:
    """Running `seed` again succeeds and adds nothing: the same number of notes,
    each demo note once, and the demo accounts still sign in."""
    count = int(api_notes_page(target)["count"])
    result = target.cli("seed")
    assert result.returncode == 0, result.stdout
    assert int(api_notes_page(target)["count"]) == count
    titles = demo_titles(target)
    assert titles == Counter({f"Demo note {n}": 1 for n in range(1, DEMO_NOTES + 1)})
    assert can_sign_in(target, ALICE, DEMO_PASSWORD)
