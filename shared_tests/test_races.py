"""Races between clients: an edit against a delete, sign-ups of one name.

Each round prepares every client first (signed in, CSRF token read), then lets
the racing requests go at once (helpers/together.py) and checks what was
acknowledged against what is stored. An edit that loses to a delete is a 404
in both apps: Django's save() would INSERT the deleted note again and the
twin asks for an UPDATE only; SQLAlchemy's UPDATE matches no row and the Flask
twin answers 404. Usernames are unique in any case through a unique index on
the lower-cased name in both databases, so that racing sign-ups cannot both
win; the loser sees the form's error.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from http import HTTPStatus

import pytest
import requests

from harness.target import Target
from helpers.accounts import NEW_USER_PASSWORD, REGISTER_PATH, can_sign_in, sign_in
from helpers.admin_users import found_usernames
from helpers.client import new_session, param_id, post, session_token, unique
from helpers.demo import ADMIN, ALICE, MODERATOR
from helpers.notes import NOTE_BODY, alices_note, api_note, note_path
from helpers.pages import form_errors, soup
from helpers.together import run_together

EDIT_ROUNDS = 12
EDITS = 3  # tabs editing the note while it is deleted
# One round is enough: before the unique index, 7 of 8 failed in every round.
SIGNUP_ROUNDS = 1
SIGNUPS = 8  # registrations of one name in each round
TAKEN = "A user with that username already exists."


def posting(
    session: requests.Session, target: Target, path: str, data: dict[str, str]
) -> Callable[[], requests.Response]:
    """A POST of data to path, ready to go: the session's token is read now."""
    token = session_token(session, target)
    return lambda: post(session, target, path, data, token)


def test_edits_racing_a_delete_never_bring_the_note_back(target: Target) -> None:
    """Rounds of alice editing her note in three tabs while the moderator
    deletes it: the delete is acknowledged (302), each edit gets 302 or 404,
    never a 5xx, and the deleted note stays gone."""
    with ExitStack() as stack:
        authors = [stack.enter_context(new_session()) for _ in range(EDITS)]
        moderator = stack.enter_context(new_session())
        for author in authors:
            sign_in(author, target, ALICE)
        sign_in(moderator, target, MODERATOR)
        for _ in range(EDIT_ROUNDS):
            note_id = alices_note(target, unique("Race "))
            edits = [
                posting(
                    author,
                    target,
                    note_path(note_id, "edit"),
                    {"title": unique("Edited "), "body": NOTE_BODY},
                )
                for author in authors
            ]
            delete = posting(moderator, target, note_path(note_id, "delete"), {})
            *edited, deleted = run_together([*edits, delete])
            assert deleted.status_code == HTTPStatus.FOUND
            for answer in edited:
                assert answer.status_code in (HTTPStatus.FOUND, HTTPStatus.NOT_FOUND)
            assert api_note(target, note_id) is None


def spellings(name: str) -> list[str]:
    """SIGNUPS spellings of one name that differ only in case (the first is it)."""
    variants = [name, name.upper(), name.capitalize(), name.swapcase().capitalize()]
    variants += [name[:i] + name[i:].upper() for i in range(1, SIGNUPS)]
    unique_variants = list(dict.fromkeys(variants))
    assert len(unique_variants) >= SIGNUPS
    return unique_variants[:SIGNUPS]


@pytest.mark.parametrize("case", ["one name", "case variants"], ids=param_id)
def test_racing_signups_make_one_account(target: Target, case: str) -> None:
    """Rounds of 8 registrations at once of one name (or of its spellings in
    other cases): never a 5xx, exactly one 302, the others the form again with
    the username error, and exactly one account that signs in."""
    for _ in range(SIGNUP_ROUNDS):
        name = unique("racexyz")
        names = spellings(name) if case == "case variants" else [name] * SIGNUPS
        password = {"password1": NEW_USER_PASSWORD, "password2": NEW_USER_PASSWORD}
        with ExitStack() as stack:
            answers = run_together(
                [
                    posting(
                        stack.enter_context(new_session()),
                        target,
                        REGISTER_PATH,
                        {"username": spelling, **password},
                    )
                    for spelling in names
                ]
            )
        statuses = [answer.status_code for answer in answers]
        assert all(code < HTTPStatus.INTERNAL_SERVER_ERROR for code in statuses)
        assert statuses.count(HTTPStatus.FOUND) == 1, statuses
        for answer in answers:
            if answer.status_code != HTTPStatus.FOUND:
                assert answer.status_code == HTTPStatus.OK
                assert TAKEN in form_errors(soup(answer), "username")
        winner = names[statuses.index(HTTPStatus.FOUND)]
        with new_session() as admin:
            sign_in(admin, target, ADMIN)
            assert found_usernames(admin, target, name) == [winner]
        assert can_sign_in(target, winner, NEW_USER_PASSWORD)
