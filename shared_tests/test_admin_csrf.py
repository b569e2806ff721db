"""CSRF in the admin sites: a note form or a delete without the token is refused.

Django's admin is protected by CsrfViewMiddleware like the rest of the site;
Flask-Admin's forms by the app-wide CSRFProtect. The refusal status is the
profile's and is recorded under topic 12.
"""

from __future__ import annotations

from http import HTTPStatus

import requests

from harness.observations import Observe, status
from harness.target import Target
from helpers.accounts import sign_in
from helpers.admin_actions import admin_delete_note, admin_token
from helpers.admin_forms import page_problems, submit_form
from helpers.client import unique
from helpers.demo import ADMIN, ALICE
from helpers.notes import alices_note, api_note, find_note

BODY = "Written through the admin."


def test_admin_add_without_csrf_token_is_rejected(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """The note add form posted without its CSRF token: the profile's failure
    status and no note; the same form with the token creates it."""
    sign_in(client, target, ADMIN)
    title = unique("Admin CSRF ")
    args = (client, target, target.profile.admin.note_add, "title")
    changes = {"title": title, "body": BODY}
    refused = submit_form(*args, changes, {"author": ALICE}, with_token=False)
    observe("12. Admin — POST without a CSRF token", status(refused.status_code))
    assert refused.status_code == target.profile.csrf_failure_status
    assert find_note(target, title) is None
    accepted = submit_form(*args, changes, {"author": ALICE})
    assert accepted.status_code == HTTPStatus.FOUND, page_problems(accepted)
    assert find_note(target, title) is not None


def test_admin_delete_without_csrf_token_is_rejected(
    target: Target, client: requests.Session
) -> None:
    """The admin's delete posted without a CSRF token: the profile's failure status
    and the note stays; with the token it goes."""
    note_id = alices_note(target, unique("Admin kept "))
    sign_in(client, target, ADMIN)
    refused = admin_delete_note(client, target, note_id, None)
    assert refused.status_code == target.profile.csrf_failure_status
    assert api_note(target, note_id) is not None
    accepted = admin_delete_note(client, target, note_id, admin_token(client, target))
    assert accepted.status_code == HTTPStatus.FOUND
    assert api_note(target, note_id) is None
