"""`seed`: one rule in both apps, proved through the CLI and over HTTP.

seed fills a database that has no users with the demo data; on a database
that has users it changes nothing and says so in one line, in the same words
in both apps. A fresh SQLite database of the test's own shows the first run
and the second. The suite's own databases were seeded when the servers
started, so there seed meets users: after a user wrote a note, renamed a demo
note and deleted another, it must leave all of that alone. A server started
outside the suite has no reachable CLI: those tests skip, saying so, before
they change anything.
"""

from __future__ import annotations

from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from harness.target import Target
from helpers.accounts import can_sign_in, new_user, sign_in
from helpers.admin_forms import form_values
from helpers.client import form_token, get, new_session, post, session_token, unique
from helpers.demo import ADMIN, ALICE, BOB, DEMO_PASSWORD, MODERATOR
from helpers.notes import alices_note, api_note, api_notes_page, note_path, seeded_note
from helpers.pages import soup

CREATED = "Created the demo data: 4 users, 12 notes, 2 contact messages."
NOTHING_TO_DO = (
    "Nothing to do: the database already has users "
    "(seed only fills a database that has none)."
)
# No other test reads these two demo notes (they read Demo notes 1 and 5).
RENAMED = "Demo note 7"  # by alice
DELETED = "Demo note 8"  # by bob
DEMO_ACCOUNTS = (ADMIN, MODERATOR, ALICE, BOB)
DEMO_MESSAGE_EMAILS = ("carol@example.com", "dave@example.com")


def run_seed(target: Target, env: dict[str, str] | None = None) -> list[str]:
    """Run `seed`, which must succeed; return the lines it printed."""
    result = target.cli("seed", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.splitlines()


def all_notes(target: Target) -> list[dict[str, Any]]:
    """Every note /api/notes/ lists, page after page."""
    notes, page, pages = [], 1, 1
    while page <= pages:
        listing = api_notes_page(target, page)
        notes += listing["notes"]
        pages, page = int(listing["pages"]), page + 1
    return notes


def titles(notes: list[dict[str, Any]]) -> list[str]:
    """The notes' titles, in order."""
    return [note["title"] for note in notes]


def contact_rows(target: Target, email: str) -> list[list[str]]:
    """The rows the admin's own search form finds for an email, as cell texts."""
    with new_session() as admin:
        sign_in(admin, target, ADMIN)
        listing = get(admin, target, target.profile.admin.contact_list)
        assert listing.status_code == HTTPStatus.OK, listing.status_code
        # The one GET form with a text box (Django's changelist-search,
        # Flask-Admin's search form), submitted as a browser would.
        form = soup(listing).select_one("form[method=get i]:has(input[type=text])")
        assert form is not None, "no search form on the contact list"
        box = str(form.select_one("input[type=text]")["name"])
        action = urljoin(listing.url, str(form.get("action") or listing.url))
        url = urljoin(action, urlsplit(action).path)  # a GET form drops the query
        found = admin.get(
            url, params={**form_values(form), box: email}, allow_redirects=False
        )
        assert found.status_code == HTTPStatus.OK, found.status_code
    rows = [
        [cell.get_text(strip=True) for cell in row.select("td, th")]
        for row in soup(found).select("tr")
    ]
    return [cells for cells in rows if email in cells]


def test_seed_fills_an_empty_database_once(target: Target, tmp_path: Path) -> None:
    """On a migrated database without users `seed` writes the demo data and says
    so in one line; run again, it says in one line that it changed nothing."""
    env = {"DATABASE_URL": f"sqlite:///{(tmp_path / 'fresh.sqlite3').as_posix()}"}
    for step in target.profile.commands.setup:
        if step != ("seed",):
            result = target.cli(*step, env=env)
            assert result.returncode == 0, result.stdout + result.stderr
    assert run_seed(target, env) == [CREATED]
    assert run_seed(target, env) == [NOTHING_TO_DO]


def test_seed_keeps_what_a_user_changed(target: Target) -> None:
    """After alice writes a note and renames a demo note, bob deletes one and a
    new user registers, `seed` says in one line that it changed nothing: every
    note is as the users left it (the deleted one stays deleted), the demo
    contact messages are there once each, and everyone still signs in."""
    if target.server is None:
        pytest.skip(f"{target.name} runs outside the suite: its CLI is out of reach")
    written = alices_note(target, unique("Mine "))
    demo = seeded_note(target, RENAMED)
    new_title = unique("Renamed ")
    with new_session() as alice:
        sign_in(alice, target, ALICE)
        edit = note_path(demo["id"], "edit")
        data = {"title": new_title, "body": demo["body"]}
        response = post(alice, target, edit, data, form_token(alice, target, edit))
    assert response.status_code == HTTPStatus.FOUND, response.status_code
    doomed = seeded_note(target, DELETED)
    with new_session() as bob:
        sign_in(bob, target, BOB)
        delete = note_path(doomed["id"], "delete")
        response = post(bob, target, delete, {}, session_token(bob, target))
    assert response.status_code == HTTPStatus.FOUND, response.status_code
    username, password = new_user(target)
    notes = all_notes(target)
    assert new_title in titles(notes)
    assert RENAMED not in titles(notes) and DELETED not in titles(notes)
    messages = {email: contact_rows(target, email) for email in DEMO_MESSAGE_EMAILS}

    assert run_seed(target) == [NOTHING_TO_DO]

    assert all_notes(target) == notes
    assert api_note(target, doomed["id"]) is None
    assert api_note(target, written) is not None
    renamed = api_note(target, demo["id"])
    assert renamed is not None and renamed["title"] == new_title
    after = {email: contact_rows(target, email) for email in DEMO_MESSAGE_EMAILS}
    assert after == messages and all(len(rows) == 1 for rows in after.values())
    for user in DEMO_ACCOUNTS:
        assert can_sign_in(target, user, DEMO_PASSWORD), user
    assert can_sign_in(target, username, password)
